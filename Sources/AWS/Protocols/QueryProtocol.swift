import FoundationEssentials
import TextBasics

/// The query protocol (CloudFormation, ELBv2, IAM, EC2, STS): form-encoded POSTs, XML answers.
enum QueryProtocol {
    static func request(url: URL, action: String, version: String, parameters: QueryParameters) -> HTTPRequest {
        HTTPRequest(
            method: "POST", url: url,
            headers: [("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")],
            body: Array(parameters.formBody(action: action, version: version).utf8))
    }

    /// The `<ActionResult>` element of a successful answer (the root, for actions that return none).
    static func result(_ response: HTTPResponse, action: String) throws -> XMLTree {
        let root = try XMLTreeParser.parse(response.body)
        return root["\(action)Result"] ?? root
    }

    /// The error of a failed answer: `<ErrorResponse><Error><Code>` or EC2's `<Response><Errors><Error>`.
    static func error(_ response: HTTPResponse, service: String, operation: String) -> AWSError {
        let headerId = response.header("x-amzn-RequestId") ?? response.header("x-amz-request-id")
        guard let root = try? XMLTreeParser.parse(response.body), let code = root.first(named: "Code") else {
            return ErrorBodies.unreadable(response, service: service, operation: operation, requestId: headerId)
        }
        let trimmed = { (node: XMLTree?) in node?.text.trimmed() }
        let requestId = trimmed(root["RequestId"] ?? root["RequestID"] ?? root.first(named: "RequestId"))
        return AWSError(
            kind: .service, service: service, operation: operation, code: AWSErrorCode(trimmed(code) ?? ""),
            message: trimmed(root.first(named: "Message")) ?? "", requestId: requestId ?? headerId,
            status: response.status)
    }
}

/// What is left when an error body cannot be read: the status says what happened.
enum ErrorBodies {
    static func unreadable(_ response: HTTPResponse, service: String, operation: String, requestId: String?)
        -> AWSError
    {
        let text = String(decoding: response.body.prefix(300), as: UTF8.self)
            .replacingText("\n", with: " ").trimmed(.whitespaces)
        let code =
            switch response.status {
            case 429: "TooManyRequestsException"
            case 500: "InternalError"
            case 503: "ServiceUnavailable"
            default: "HTTP\(response.status)"
            }
        return AWSError(
            kind: .service, service: service, operation: operation, code: AWSErrorCode(code),
            message: text.isEmpty ? "HTTP \(response.status) with no error details" : text,
            requestId: requestId, status: response.status)
    }
}
