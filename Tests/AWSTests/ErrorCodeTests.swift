import Testing

@testable import AWS

@Suite("Error codes")
struct ErrorCodeTests {
    /// A code the service sends is carried as sent, known or not, and compares with the named ones.
    @Test func serviceCodesAreReadIntoTheTypedCode() {
        let body = Array(
            "<ErrorResponse><Error><Code>ValidationError</Code><Message>Stack with id x does not exist</Message></Error><RequestId>r-1</RequestId></ErrorResponse>"
                .utf8)
        let error = QueryProtocol.error(
            HTTPResponse(status: 400, body: body), service: "cloudformation", operation: "DescribeStacks")
        #expect(error.code == .validationError)
        #expect(error.isStackMissing)
        let unknown = QueryProtocol.error(
            HTTPResponse(status: 400, body: Array("<Error><Code>SomethingNew</Code></Error>".utf8)),
            service: "cloudformation", operation: "DescribeStacks")
        #expect(unknown.code.rawValue == "SomethingNew")
        #expect(unknown.code != .validationError)
    }

    @Test func jsonErrorTypeIsStrippedToTheCode() {
        let body = Array(#"{"__type":"com.amazonaws.ecs#ClientException","message":"no such revision"}"#.utf8)
        let error = JSONProtocol.error(HTTPResponse(status: 400, body: body), service: "ecs", operation: "X")
        #expect(error.code == .clientException)
        #expect("\(error.code)" == "ClientException")
    }

    @Test func retryClassesUseTheTypedCodes() {
        let throttled = AWSError(
            kind: .service, service: "ecs", operation: "X", code: "ThrottlingException", message: "")
        #expect(throttled.isThrottling)
        let denied = AWSError(
            kind: .service, service: "ecs", operation: "X", code: "AccessDeniedException", message: "")
        #expect(denied.isAccessDenied)
    }
}
