import Foundation

/// AWS JSON 1.1 (ECS, Application Auto Scaling, CloudWatch Logs): POST `{}` bodies, `X-Amz-Target`.
enum JSONProtocol {
    static func request(url: URL, targetPrefix: String, operation: String, body: [UInt8]) -> HTTPRequest {
        HTTPRequest(
            method: "POST", url: url,
            headers: [
                ("Content-Type", "application/x-amz-json-1.1"), ("X-Amz-Target", "\(targetPrefix).\(operation)"),
            ],
            body: body)
    }

    static func encode<Input: Encodable>(_ input: Input, pascalCase: Bool) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .secondsSince1970
        if pascalCase { encoder.keyEncodingStrategy = .custom { PascalKey(renaming: $0.last!, upper: true) } }
        return Array(try encoder.encode(input))
    }

    static func decode<Output: Decodable>(
        _ type: Output.Type, from body: [UInt8], pascalCase: Bool, userInfo: [CodingUserInfoKey: any Sendable] = [:]
    ) throws -> Output {
        let decoder = JSONDecoder()
        decoder.userInfo = userInfo
        if pascalCase { decoder.keyDecodingStrategy = .custom { PascalKey(renaming: $0.last!, upper: false) } }
        // JSON 1.1 timestamps are epoch seconds with a fraction; some emulators send ISO 8601 text.
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            if let seconds = try? container.decode(Double.self) { return Date(timeIntervalSince1970: seconds) }
            let text = try container.decode(String.self)
            guard let date = Timestamp.parse(text) ?? Double(text).map(Date.init(timeIntervalSince1970:)) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a timestamp: \(text)")
            }
            return date
        }
        return try decoder.decode(type, from: Data(body.isEmpty ? Array("{}".utf8) : body))
    }

    /// The error of a failed answer: `__type` (possibly `namespace#Code`) or the `x-amzn-ErrorType` header.
    static func error(_ response: HTTPResponse, service: String, operation: String) -> AWSError {
        let requestId = response.header("x-amzn-RequestId") ?? response.header("x-amz-request-id")
        let object = (try? JSONSerialization.jsonObject(with: Data(response.body))) as? [String: Any]
        let rawType =
            (object?["__type"] as? String) ?? (object?["code"] as? String) ?? response.header("x-amzn-ErrorType")
        guard let rawType, !rawType.isEmpty else {
            return ErrorBodies.unreadable(response, service: service, operation: operation, requestId: requestId)
        }
        let message = (object?["message"] as? String) ?? (object?["Message"] as? String) ?? ""
        return AWSError(
            kind: .service, service: service, operation: operation, code: AWSErrorCode(errorCode(rawType)),
            message: message,
            requestId: requestId, status: response.status)
    }

    /// `aws.protocoltests#FooError:http://...` -> `FooError`.
    static func errorCode(_ raw: String) -> String {
        var code = Substring(raw)
        if let hash = code.lastIndex(of: "#") { code = code[code.index(after: hash)...] }
        if let colon = code.firstIndex(of: ":") { code = code[..<colon] }
        return String(code)
    }
}

/// Swift property names are camelCase; Application Auto Scaling's members are PascalCase.
struct PascalKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }

    init(renaming key: any CodingKey, upper: Bool) {
        let name = key.stringValue
        let first = name.prefix(1)
        stringValue = (upper ? first.uppercased() : first.lowercased()) + name.dropFirst()
    }

    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
