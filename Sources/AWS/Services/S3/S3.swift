import Foundation

extension ServiceAPI {
    /// S3 signs its payload hash into `x-amz-content-sha256` and keeps paths as they are.
    public static let s3 = ServiceAPI(service: .s3, wire: .rest, signing: .s3)
}

/// The S3 operations stackcheck needs (REST, path-style addressing, so a custom endpoint such as the
/// local emulator serves every bucket under one host). `client.s3.putObject(...)`.
public struct S3: Sendable {
    public let client: AWSClient
    static let api = ServiceAPI.s3

    public init(client: AWSClient) { self.client = client }

    /// The object's path-style URL: `<endpoint>/<bucket>/<key>`, each key segment percent-encoded.
    public func objectURL(bucket: String, key: String) throws -> URL {
        let base: URL
        do {
            base = try client.endpoint(for: .s3).url
        } catch {
            throw AWSError(
                kind: .configuration, service: "s3", operation: "PutObject", code: "Configuration", message: "\(error)")
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
        _ = try await client.send(Self.api, "PutObject") { _ in
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

extension S3 {
    /// Creates a bucket in the client's region (tests and the demo make the bucket `deploy --s3-bucket` uses).
    public func createBucket(_ bucket: String) async throws {
        let url = try objectURL(bucket: bucket, key: "")
        let region = client.region
        let body =
            region == "us-east-1"
            ? []
            : Array(
                ("<CreateBucketConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
                    + "<LocationConstraint>\(region)</LocationConstraint></CreateBucketConfiguration>").utf8)
        _ = try await client.send(Self.api, "CreateBucket") { _ in
            HTTPRequest(method: "PUT", url: URL(string: String(url.absoluteString.dropLast()))!, body: body)
        }
    }
}
