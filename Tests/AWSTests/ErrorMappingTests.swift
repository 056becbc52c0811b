import AWS
import Foundation
import StackCheckTestSupport
import Testing

@Suite("AWS errors as users read them")
struct ErrorMappingTests {
    func error(_ fault: Fault, json: Bool = false) async throws -> AWSError? {
        let server = try FaultServer(
            [], after: fault, success: json ? FaultServer.logGroupsJSON : FaultServer.callerIdentityXML)
        let client = faultClient(server.endpoint)
        return await awsError {
            if json {
                _ = try await client.logs.describeLogGroups()
            } else {
                _ = try await client.sts.getCallerIdentity()
            }
        }
    }

    @Test func accessDeniedNamesTheMissingAction() async throws {
        let message =
            "User: arn:aws:iam::123456789012:user/ci is not authorized to perform: "
            + "cloudformation:DescribeStacks on resource: arn:aws:cloudformation:us-east-1:123456789012:stack/s/*"
        let found = try await error(.xmlError(code: "AccessDenied", status: 403, message: message))
        #expect(found?.isAccessDenied == true)
        #expect(found?.missingAction == "cloudformation:DescribeStacks")
        #expect(
            found?.description == "sts:GetCallerIdentity failed: access denied: the caller lacks permission "
                + "cloudformation:DescribeStacks (AccessDenied): \(message) (HTTP 403, request id fault-request-id)")
    }

    @Test func accessDeniedWithoutAnActionNamesTheCall() async throws {
        let found = try await error(
            .jsonError(code: "AccessDeniedException", status: 400, message: "denied"), json: true)
        #expect(found?.missingAction == "logs:DescribeLogGroups")
    }

    @Test func aBadSignatureSaysSo() async throws {
        let message = "The request signature we calculated does not match the signature you provided."
        let found = try await error(.xmlError(code: "SignatureDoesNotMatch", status: 403, message: message))
        #expect(found?.isSignatureError == true)
        #expect(found?.isInconclusive == false)
        #expect(
            found?.description == "sts:GetCallerIdentity failed: the request signature was rejected "
                + "(SignatureDoesNotMatch): check the access key id and secret access key, and the system clock: "
                + "\(message) (HTTP 403, request id fault-request-id)")
        #expect(found?.description.contains("test-secret-value") == false)
    }

    @Test func jsonErrorTypesLoseTheirNamespace() async throws {
        let found = try await error(.jsonError(code: "ResourceNotFoundException", message: "gone"), json: true)
        #expect(found?.code == "ResourceNotFoundException")
        #expect(found?.message == "gone")
        #expect(found?.requestId == "fault-request-id")
        #expect(
            found?.description == "logs:DescribeLogGroups failed: ResourceNotFoundException: gone "
                + "(HTTP 400, request id fault-request-id)")
    }

    @Test(arguments: [
        ("com.amazonaws.ecs#ClusterNotFoundException", "ClusterNotFoundException"),
        ("ThrottlingException:http://internal.amazon.com/coral/", "ThrottlingException"),
        ("aws.protocoltests#Foo:http://x", "Foo"),
    ])
    func jsonErrorCodeForms(type: String, code: String) async throws {
        let server = try LoopbackServer { _ in .text("{\"__type\":\"\(type)\",\"message\":\"m\"}", status: 400) }
        let found = await awsError { _ = try await faultClient(server.endpoint).logs.describeLogGroups() }
        #expect(found?.code == AWSErrorCode(code))
    }

    @Test func anUnreadableErrorBodyKeepsTheStatus() async throws {
        let found = try await error(.status(502))
        #expect(found?.code == "HTTP502")
        #expect(found?.status == 502)
        #expect(found?.isTransient == true)
    }
}
