import FoundationEssentials

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

    /// The request body: a `JSONInput` (every service call's) is written directly; another `Encodable`
    /// (a model sent back) goes through `JSONRequestEncoder`.
    static func encode<Input: Encodable>(_ input: Input, pascalCase: Bool) throws -> [UInt8] {
        if Input.self == JSONInput.self { return try JSONRequestWriter.body(unsafeBitCast(input, to: JSONInput.self)) }
        return try JSONRequestEncoder.body(input, pascalCase: pascalCase)
    }

    /// The answer read into `Output` (an empty body is `{}`: some operations answer nothing).
    static func decode<Output: Decodable>(
        _ type: Output.Type, from body: [UInt8], pascalCase: Bool, userInfo: [CodingUserInfoKey: any Sendable] = [:]
    ) throws -> Output {
        try JSONAnswerDecoder.decode(
            type, from: body.isEmpty ? Array("{}".utf8) : body, pascalCase: pascalCase, userInfo: userInfo)
    }

    /// The error of a failed answer: `__type` (possibly `namespace#Code`) or the `x-amzn-ErrorType` header.
    static func error(_ response: HTTPResponse, service: String, operation: String) -> AWSError {
        let requestId = response.header("x-amzn-RequestId") ?? response.header("x-amz-request-id")
        let object = try? JSONAnswerParser.parse(response.body)
        let rawType = object?["__type"]?.string ?? object?["code"]?.string ?? response.header("x-amzn-ErrorType")
        guard let rawType, !rawType.isEmpty else {
            return ErrorBodies.unreadable(response, service: service, operation: operation, requestId: requestId)
        }
        let message = object?["message"]?.string ?? object?["Message"]?.string ?? ""
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
