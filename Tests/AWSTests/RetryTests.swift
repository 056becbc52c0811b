import AWS
import Foundation
import StackCheckTestSupport
import Testing

@Suite("Retries against the fault server")
struct RetryTests {
    let identity = FaultServer.callerIdentityXML

    @Test func throttlingIsRetriedWithJitteredBackoff() async throws {
        let server = try FaultServer([.throttleXML, .throttleXML], success: identity)
        let clock = VirtualClock()
        let result = try await faultClient(server.endpoint, clock: clock).sts.getCallerIdentity()
        #expect(result.account == "123456789012")
        #expect(server.requestCount == 3)
        // Full jitter with the random fixed at 0.5: half of 100 ms, then half of 200 ms.
        #expect(clock.sleeps == [.milliseconds(50), .milliseconds(100)])
    }

    @Test func exhaustedThrottlingSaysSo() async throws {
        let server = try FaultServer([], after: .throttleXML, success: identity)
        let error = await awsError { _ = try await faultClient(server.endpoint).sts.getCallerIdentity() }
        #expect(server.requestCount == 3)
        #expect(error?.isThrottling == true)
        #expect(error?.isInconclusive == true)
        #expect(error?.attempts == 3)
        #expect(
            error?.description
                == "sts:GetCallerIdentity failed: throttled (Throttling), gave up after 3 attempts: Rate exceeded "
                + "(HTTP 400, request id fault-request-id)")
    }

    @Test(arguments: [
        Fault.jsonError(code: "ThrottlingException"), .jsonError(code: "TooManyRequestsException"),
        .jsonError(code: "ProvisionedThroughputExceededException"), .jsonError(code: "RequestTimeoutException"),
        .status(500), .status(502), .status(503), .status(504), .drop, .truncated,
    ])
    func retryableJSONFailuresAreRetried(fault: Fault) async throws {
        let server = try FaultServer(
            [fault], success: FaultServer.logGroupsJSON, contentType: "application/x-amz-json-1.1")
        let groups = try await faultClient(server.endpoint).logs.describeLogGroups()
        #expect(groups.map(\.logGroupName) == ["/fault/ok"])
        #expect(server.requestCount == 2)
    }

    @Test(arguments: ["RequestLimitExceeded", "EC2ThrottledException", "InternalError"])
    func ec2ErrorEnvelopeIsReadAndRetried(code: String) async throws {
        let server = try FaultServer([.ec2Error(code: code)], success: identity)
        _ = try await faultClient(server.endpoint).sts.getCallerIdentity()
        #expect(server.requestCount == 2)
    }

    @Test func clientErrorsAreNotRetried() async throws {
        let server = try FaultServer(
            [], after: .xmlError(code: "ValidationError", message: "Stack with id x does not exist"), success: identity)
        let error = await awsError { _ = try await faultClient(server.endpoint).cloudFormation.describeStack("x") }
        #expect(server.requestCount == 1)
        #expect(error?.isStackMissing == true)
        #expect(error?.isInconclusive == false)
        #expect(
            error?.description
                == "cloudformation:DescribeStacks failed: ValidationError: Stack with id x does not exist "
                + "(HTTP 400, request id fault-request-id)")
    }

    @Test func maxAttemptsIsConfigurable() async throws {
        let server = try FaultServer([], after: .status(503), success: identity)
        let error = await awsError {
            _ = try await faultClient(server.endpoint, maxAttempts: 5).sts.getCallerIdentity()
        }
        #expect(server.requestCount == 5)
        #expect(error?.code == "ServiceUnavailable")
        #expect(error?.isTransient == true)
    }

    @Test func aRunThatGetsNoAnswerEndsAsAnError() async throws {
        let server = try FaultServer([], after: .drop, success: identity)
        let error = await awsError { _ = try await faultClient(server.endpoint).sts.getCallerIdentity() }
        #expect(server.requestCount == 3)
        #expect(error?.kind == .transport)
        #expect(error?.transport?.kind == .connectionClosed)
        #expect(error?.isInconclusive == true)
        #expect(error?.description.hasPrefix("sts:GetCallerIdentity failed: 127.0.0.1:") == true)
        #expect(error?.description.hasSuffix("(after 3 attempts)") == true)
    }

    @Test func theDeadlineHoldsAgainstASlowServer() async throws {
        let server = try FaultServer([], after: .slow(.seconds(10)), success: identity)
        let client = faultClient(
            server.endpoint, clock: VirtualClock(), deadline: .milliseconds(400), attemptTimeout: .seconds(30))
        let error = await awsError { _ = try await client.sts.getCallerIdentity() }
        #expect(error?.kind == .deadlineExceeded)
        #expect(error?.isInconclusive == true)
        #expect(server.requestCount == 1)
        #expect(
            error?.description.hasPrefix(
                "sts:GetCallerIdentity failed: no answer within the deadline of 0.4s (1 attempt; last: request to 127.0.0.1:"
            ) == true)
    }

    @Test func backoffThatWouldPassTheDeadlineEndsTheCall() async throws {
        let server = try FaultServer([], after: .throttleXML, success: identity)
        // Two seconds of backoff ceiling against a one second deadline: the first backoff already passes it.
        let retry = RetryPolicy(
            maxAttempts: 10, baseDelay: .seconds(4), deadline: .seconds(1), clock: VirtualClock(),
            random: FixedRandom(value: 0.5))
        let client = AWSClient(
            region: "us-east-1", credentials: testCredentials, endpointURL: server.endpoint, retry: retry)
        let error = await awsError { _ = try await client.sts.getCallerIdentity() }
        #expect(server.requestCount == 1)
        #expect(error?.kind == .deadlineExceeded)
        #expect(error?.description.contains("last: throttled (Throttling)") == false)
        #expect(error?.description.contains("last: Throttling: Rate exceeded") == true)
    }

    @Test func anEmptyBudgetStopsRetrying() async throws {
        let server = try FaultServer([], after: .status(500), success: identity)
        let budget = RetryBudget(tokens: 5)
        let client = faultClient(server.endpoint, maxAttempts: 5, budget: budget)
        _ = await awsError { _ = try await client.sts.getCallerIdentity() }
        #expect(server.requestCount == 2)
        #expect(budget.available == 0)
    }

    @Test func successRefundsTheBudget() async throws {
        let server = try FaultServer([.status(500)], success: identity)
        let budget = RetryBudget(tokens: 100)
        _ = try await faultClient(server.endpoint, budget: budget).sts.getCallerIdentity()
        #expect(budget.available == 100)
    }

    @Test func backoffIsCappedAndJittered() {
        let policy = RetryPolicy(baseDelay: .milliseconds(100), maxBackoff: .seconds(20), random: FixedRandom(value: 1))
        #expect(policy.backoff(retry: 1) == .milliseconds(100))
        #expect(policy.backoff(retry: 4) == .milliseconds(800))
        #expect(policy.backoff(retry: 30) == .seconds(20))
        let low = RetryPolicy(random: FixedRandom(value: 0))
        #expect(low.backoff(retry: 3) == .zero)
    }

    @Test func connectionRefusedIsRetriedThenReported() async throws {
        let closed = try ClosedPort()
        let error = await awsError { _ = try await faultClient(closed.endpoint).sts.getCallerIdentity() }
        #expect(error?.transport?.kind == .connectionRefused)
        #expect(error?.attempts == 3)
        withExtendedLifetime(closed) {}
    }
}
