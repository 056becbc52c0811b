import FoundationEssentials

/// The S3 operations stackcheck needs (REST, path-style addressing, so a custom endpoint such as the
/// local emulator serves every bucket under one host). `client.s3.putObject(...)`.
public struct S3: Sendable {
    public let client: AWSClient

    public init(client: AWSClient) { self.client = client }

    /// The object's path-style URL: `<endpoint>/<bucket>/<key>`, each key segment percent-encoded.
    public func objectURL(bucket: String, key: String) throws -> URL {
        let base: URL
        do {
            base = try client.endpoint(for: .s3).url
        } catch {
            throw AWSError(
                kind: .configuration, service: "s3", operation: "PutObject", code: .configuration, message: "\(error)")
        }
        let path = ([bucket] + key.split(separator: "/", omittingEmptySubsequences: false).map(String.init))
            .map(QueryParameters.encode).joined(separator: "/")
        let root = base.absoluteString.hasSuffix("/") ? String(base.absoluteString.dropLast()) : base.absoluteString
        return URL(string: "\(root)/\(path)")!
    }

    /// Uploads `body` as `bucket/key`; returns the object's URL (what CloudFormation's `TemplateURL` takes).
    @discardableResult
    public func putObject(bucket: String, key: String, body: [UInt8], contentType: String = "application/octet-stream")
        async throws -> URL
    {
        let url = try objectURL(bucket: bucket, key: key)
        _ = try await client.rest(Operation.putObject) { _ in
            HTTPRequest(method: "PUT", url: url, headers: [("Content-Type", contentType)], body: body)
        }
        return url
    }
}

extension AWSClient {
    public var s3: S3 { S3(client: self) }
}

extension S3 {
    /// A key that changes with the content, so an upload never overwrites a template a change set still reads.
    public static func contentKey(_ body: [UInt8], prefix: String?, name: String) -> String {
        let file = "\(name)-\(Digest.sha256Hex(body).prefix(16)).template"
        guard let prefix, !prefix.isEmpty else { return file }
        return prefix.hasSuffix("/") ? prefix + file : prefix + "/" + file
    }
}
