import AWS
import Foundation
import Live
import Report
import StackCheckTestSupport
import Template
import Testing

/// `stackcheck drift` as users run it: exit codes, formats, accepted drift, big stacks, errors.
@Suite(.serialized) struct DriftCLITests {
    typealias Support = DriftTestSupport

    /// The whole JSON envelope.
    static func envelope(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// The envelope's only stack entry.
    static func json(_ text: String) throws -> [String: Any] {
        let stacks = try #require(try envelope(text)["stacks"] as? [[String: Any]])
        try #require(stacks.count == 1)
        return stacks[0]
    }

    static func environment() async throws -> [String: String?] { try await Emulator.shared().cliEnvironment }

    static func temporaryFile(_ name: String, _ text: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(UUID().uuidString)-\(name)")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test func aMissingStackIsAnErrorWithExitTwo() async throws {
        let result = try await CLI.run(
            ["drift", "--stack", "no-such-stack", "--template", StackFixtures.goldenPath],
            environment: try await Self.environment())
        #expect(result.status == 2)
        #expect(
            result.stderr.hasPrefix(
                "error: stack no-such-stack does not exist in us-east-2 (cloudformation:DescribeStacks "
                    + "ValidationError, request id "),
            "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func driftedStackInEveryFormat() async throws {
        let stack = try await Support.deploy("drift-cli-formats")
        try await stack.client.logs.putRetentionPolicy(
            logGroupName: stack.physicalId("XRayLogGroup")!, retentionInDays: 14)
        let env = try await Self.environment()
        let base = ["drift", "--stack", stack.name, "--template", StackFixtures.goldenPath]
        let json = try await CLI.run(base + ["--format", "json"], environment: env)
        #expect(json.status == 1, "\(json.stderr)")
        #expect(try Self.envelope(json.stdout)["schemaVersion"] as? Int == 2)
        #expect(try Self.envelope(json.stdout)["command"] as? String == "drift")
        let object = try Self.json(json.stdout)
        #expect(object["region"] as? String == "us-east-2")
        #expect(object["stack"] as? String == stack.name)
        #expect(object["status"] as? String == "DRIFTED")
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(findings.count == 1)
        #expect(findings.first?["logicalId"] as? String == "XRayLogGroup")
        #expect(findings.first?["resourceType"] as? String == "AWS::Logs::LogGroup")
        #expect(findings.first?["kind"] as? String == "propertyChanged")
        #expect(findings.first?["path"] as? String == "/Resources/XRayLogGroup/Properties/RetentionInDays")
        #expect(findings.first?["expected"] as? Int == 30)
        #expect(findings.first?["actual"] as? Int == 14)
        #expect((object["coverage"] as? [Any])?.isEmpty == false)

        let text = try await CLI.run(base, environment: env)
        #expect(text.status == 1)
        #expect(text.stdout.hasPrefix("stack \(stack.name): DRIFTED (1 finding;"))
        #expect(
            text.stdout.contains(
                "DRIFT XRayLogGroup (AWS::Logs::LogGroup) propertyChanged "
                    + "/Resources/XRayLogGroup/Properties/RetentionInDays"
            ))

        let junit = try await CLI.run(base + ["--format", "junit"], environment: env)
        #expect(junit.status == 1)
        #expect(junit.stdout.contains(#"failures="1""#))
        #expect(
            junit.stdout.contains(
                #"<testcase name="/Resources/XRayLogGroup/Properties/RetentionInDays" "#
                    + #"classname="drift.\#(stack.name).XRayLogGroup">"#
            ))

        let markdown = try await CLI.run(base + ["--format", "markdown"], environment: env)
        #expect(markdown.stdout.hasPrefix("## Drift: `\(stack.name)` is DRIFTED"))
    }

    @Test func acceptedDriftPassesUntilItExpires() async throws {
        let stack = try await Support.deploy("drift-cli-accepted")
        try await stack.client.logs.putRetentionPolicy(
            logGroupName: stack.physicalId("DataIngestionLogGroup")!, retentionInDays: 7)
        let env = try await Self.environment()
        func accept(_ expires: String) throws -> String {
            try Self.temporaryFile(
                "accepted.json",
                """
                {"accepted": [
                  {"logicalId": "DataIngestionLogGroup",
                   "path": "/Resources/DataIngestionLogGroup/Properties/RetentionInDays",
                   "reason": "cost cut during the audit", "expires": "\(expires)"}
                ]}
                """)
        }
        let base = ["drift", "--stack", stack.name, "--template", StackFixtures.goldenPath]
        let live = try await CLI.run(base + ["--accept", try accept("2999-12-31")], environment: env)
        #expect(live.status == 0, "\(live.stdout)\(live.stderr)")
        #expect(live.stdout.contains("ACCEPTED DataIngestionLogGroup"))
        #expect(live.stdout.contains("accepted until 2999-12-31: cost cut during the audit"))
        let expiredFile = try accept("2020-01-31")
        let expired = try await CLI.run(base + ["--accept", expiredFile], environment: env)
        #expect(expired.status == 1)
        #expect(
            expired.stdout.contains(
                "\(expiredFile):2:3: acceptance expired on 2020-01-31 (cost cut during the audit): "
                    + "fix the drift or renew the entry with a new date"
            ))
    }

    @Test func aStackOfMoreThanOneHundredResources() async throws {
        let emulator = try await Emulator.shared()
        let client = StackFixtures.client(for: emulator)
        let body = StackFixtures.logGroupTemplate(count: 105, prefix: "drift-big")
        let stack = try await StackFixtures.deploy(client: client, name: "drift-big", templateBody: body)
        #expect(stack.resources.count == 105)
        let template = try Self.temporaryFile("big.json", body)
        let env = try await Self.environment()
        let clean = try await CLI.run(
            ["drift", "--stack", "drift-big", "--template", template, "--format", "json"], environment: env)
        #expect(clean.status == 0, "\(clean.stdout)")
        let coverage = try #require(try Self.json(clean.stdout)["coverage"] as? [[String: Any]])
        let resources = coverage.filter { ($0["path"] as? String)?.split(separator: "/").count == 2 }
        #expect(resources.count == 105)
        #expect(resources.allSatisfy { $0["state"] as? String == "checked" })
        try await client.logs.putRetentionPolicy(logGroupName: "/drift-big/group-104", retentionInDays: 1)
        let drifted = try await CLI.run(
            ["drift", "--stack", "drift-big", "--template", template, "--format", "json"], environment: env)
        #expect(drifted.status == 1)
        let findings = try #require(try Self.json(drifted.stdout)["findings"] as? [[String: Any]])
        #expect(findings.map { $0["path"] as? String } == ["/Resources/Logs104/Properties/RetentionInDays"])
    }

    @Test func throttledServicesMakeTheRunInconclusive() async throws {
        let stack = try await Support.deploy("drift-cli-throttled")
        let emulator = try await Emulator.shared()
        // CloudFormation answers; every JSON service (ECS, Logs, Application Auto Scaling) is throttled.
        let proxy = try ThrottlingProxy(upstream: emulator.endpoint, throttles: ThrottlingProxy.isJSON)
        defer { proxy.stop() }
        var env = try await Self.environment()
        env["AWS_ENDPOINT_URL"] = proxy.endpoint.absoluteString
        let result = try await CLI.run(
            ["drift", "--stack", stack.name, "--template", StackFixtures.goldenPath, "--format", "json"],
            environment: env)
        #expect(result.status == 3, "\(result.stdout)\(result.stderr)")
        let object = try Self.json(result.stdout)
        #expect(object["status"] as? String == "INCONCLUSIVE")
        let reasons = try #require(object["inconclusive"] as? [String])
        #expect(
            reasons.contains {
                $0.hasPrefix("XRayLogGroup: logs:DescribeLogGroups failed: throttled (ThrottlingException)")
            })
        let coverage = try #require(object["coverage"] as? [[String: Any]])
        let retention = coverage.first { $0["path"] as? String == "/Resources/XRayLogGroup/Properties/RetentionInDays" }
        #expect(retention?["state"] as? String == "notChecked")
        // What was not throttled was still checked.
        #expect(
            coverage.contains {
                $0["path"] as? String == "/Resources/ALBListener/Properties/Port" && $0["state"] as? String == "checked"
            })
    }

    @Test func throttledCloudFormationIsInconclusiveNotInSync() async throws {
        let fault = try FaultServer([], after: .throttleXML, success: "")
        defer { fault.stop() }
        var env = try await Self.environment()
        env["AWS_ENDPOINT_URL"] = fault.endpoint.absoluteString
        let result = try await CLI.run(
            ["drift", "--stack", "any", "--template", StackFixtures.goldenPath, "--format", "json"], environment: env)
        #expect(result.status == 3)
        let object = try Self.json(result.stdout)
        #expect(object["status"] as? String == "INCONCLUSIVE")
        let reason = (object["inconclusive"] as? [String])?.first ?? ""
        #expect(reason.hasPrefix("cloudformation:DescribeStacks failed: throttled (Throttling)"), "\(reason)")
        // The line carries the HTTP status and the request id, as every AWS error line does.
        #expect(reason.hasSuffix("(HTTP 400, request id fault-request-id)"), "\(reason)")
        #expect(fault.requestCount >= 2)
    }

    @Test func cloudFormationDriftUnsupportedIsNotCheckedNotAnError() async throws {
        let stack = try await Support.deploy("drift-cli-cfn")
        let result = try await CLI.run(
            [
                "drift", "--stack", stack.name, "--template", StackFixtures.goldenPath, "--cloudformation-drift",
                "--format", "json",
            ],
            environment: try await Self.environment())
        let object = try Self.json(result.stdout)
        let coverage = try #require(object["coverage"] as? [[String: Any]])
        let part = try #require(coverage.first { $0["logicalId"] as? String == "(cloudformation-drift)" })
        #expect(part["state"] as? String == "notChecked")
        #expect(
            (part["reason"] as? String)?.hasPrefix(
                "the endpoint does not support it: cloudformation:DetectStackDrift failed") == true)
        #expect(result.status != 2)
    }

    @Test func badInputIsAOneLineErrorWithExitTwo() async throws {
        let env = try await Self.environment()
        let missing = try await CLI.run(
            ["drift", "--stack", "s", "--template", "/nonexistent/template.json"], environment: env)
        #expect(missing.status == 2)
        #expect(missing.stderr == "error: template /nonexistent/template.json not found; pass --template FILE\n")
        let badAccept = try Self.temporaryFile("accepted.json", #"{"accepted": [{"logicalId": "X"}]}"#)
        let bad = try await CLI.run(
            ["drift", "--stack", "s", "--template", StackFixtures.goldenPath, "--accept", badAccept], environment: env)
        #expect(bad.status == 2)
        #expect(
            bad.stderr
                == "\(badAccept):1:15: error: accepted drift entry needs \"expires\" "
                + "(the last day it holds, YYYY-MM-DD)\n"
                + "  {\"accepted\": [{\"logicalId\": \"X\"}]}\n  \(String(repeating: " ", count: 14))^\n"
        )
        let timeout = try await CLI.run(["drift", "--stack", "s", "--timeout", "soon"], environment: env)
        #expect(
            timeout.stderr.contains(
                "The value 'soon' is invalid for '--timeout <timeout>': a duration is a number and a unit"))
        #expect(timeout.status == 2)
    }

    @Test func severalStacksInOneRunWithTheWorstExitCode() async throws {
        let stack = try await Support.deploy("drift-cli-many")
        let result = try await CLI.run(
            [
                "drift", "--stack", stack.name, "--stack", "no-such-stack", "--template", StackFixtures.goldenPath,
                "--format", "json",
            ],
            environment: try await Self.environment())
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("error: stack no-such-stack does not exist"))
        // The missing stack is in the report too, never dropped.
        let reports = try #require(try Self.envelope(result.stdout)["stacks"] as? [[String: Any]])
        #expect(reports.map { $0["stack"] as? String } == [stack.name, "no-such-stack"])
        #expect(reports.map { $0["status"] as? String } == ["IN_SYNC", "ERROR"])
        #expect((reports.last?["error"] as? String)?.hasPrefix("error: stack no-such-stack does not exist") == true)
        let junit = try await CLI.run(
            [
                "drift", "--stack", stack.name, "--stack", "no-such-stack", "--template", StackFixtures.goldenPath,
                "--format", "junit",
            ],
            environment: try await Self.environment())
        #expect(junit.stdout.contains("<testcase name=\"stack\" classname=\"stackcheck.drift.no-such-stack\">"))
        #expect(junit.stdout.contains("<failure message=\"error: stack no-such-stack does not exist"))
        let markdown = try await CLI.run(
            [
                "drift", "--stack", stack.name, "--stack", "no-such-stack", "--template", StackFixtures.goldenPath,
                "--format", "markdown",
            ],
            environment: try await Self.environment())
        #expect(markdown.stdout.contains("### stackcheck drift `no-such-stack`: **ERROR**"))
    }

    @Test func outOfTimeIsInconclusive() async throws {
        let stack = try await Support.deploy("drift-cli-timeout")
        let result = try await CLI.run(
            ["drift", "--stack", stack.name, "--template", StackFixtures.goldenPath, "--timeout", "1ms"],
            environment: try await Self.environment())
        #expect(result.status == 3)
        #expect(result.stdout.contains("INCONCLUSIVE"))
        #expect(result.stdout.contains("inconclusive: out of time"))
    }
}
