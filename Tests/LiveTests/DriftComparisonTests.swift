import Foundation
import Findings
import Live
import Report
import Template
import TemplateDiff
import StackCheckTestSupport
import Testing
import Synchronization

/// The pure parts of drift: value matching, property comparison, inventory, deployed template.
@Suite struct DriftComparisonTests {
    /// The paths of the findings for property `P` of resource `R` under `rules`, relative to the property.
    func paths(
        _ expected: Node, _ actual: Node?, _ rules: [NormalizationRule] = [], property: String = "P"
    ) -> [String] {
        let comparison = PropertyComparison(logicalId: "R", resourceType: "T", serviceName: "S", rules: rules)
        let prefix = "/Resources/R/Properties/" + property
        return comparison.findings(property: property, expected: expected, actual: actual).map {
            String($0.path.dropFirst(prefix.count))
        }
    }

    @Test func mappingsCompareByTheTemplatesKeysAndScalarsByMeaning() throws {
        let expected = try node(#"{"Port": 80, "Enabled": true, "Nested": {"A": "1"}}"#)
        let actual = try node(
            #"{"Port": "80", "Enabled": "true", "Nested": {"A": 1, "Extra": "service default"}, "More": 1}"#)
        #expect(paths(expected, actual).isEmpty)
        let changed = try node(#"{"Port": 81, "Enabled": true, "Nested": {"A": "2"}}"#)
        #expect(paths(expected, changed) == ["/Port", "/Nested/A"])
        #expect(paths(expected, nil) == [""])
    }

    /// The wrong answer the old matcher gave: numeric-looking text read as `Double`.
    @Test func aLeadingZeroIsTextNotANumber() throws {
        #expect(paths(.string("0100"), .string("100")) == [""])
        #expect(paths(.string("12345678901234567890"), .string("12345678901234567891")) == [""])
        #expect(paths(.number("1.0"), .string("1")).isEmpty)
    }

    @Test func listsKeepOrderUnlessARuleSaysSet() throws {
        let expected = try node(#"["a", "b"]"#)
        let reversed = try node(#"["b", "a"]"#)
        #expect(paths(expected, reversed, property: "Subnets") == ["/0", "/-"])
        let set = [NormalizationRule.set(at: "/Properties/Subnets")]
        #expect(paths(expected, reversed, set, property: "Subnets").isEmpty)
        #expect(paths(expected, try node(#"["a", "b", "c"]"#), set, property: "Subnets") == ["/-"])
        #expect(paths(expected, try node(#"["a"]"#), set, property: "Subnets") == ["/1"])
    }

    @Test func keyedListsPointIntoTheChangedItemAndReportExtras() throws {
        let rules: [NormalizationRule] = [
            .keyed(by: "PolicyName", at: "/Properties/Policies"),
            .iamPolicy(at: ["/Properties/Policies/*/PolicyDocument"]),
        ]
        let expected = try node(
            #"[{"PolicyName": "a", "PolicyDocument": {"Statement": [{"Action": "s3:Get", "Resource": ["x", "y"]}]}}]"#)
        let same = try node(
            #"[{"PolicyName": "a", "PolicyDocument": {"Statement": [{"Action": ["s3:Get"], "Resource": ["y", "x"]}]}}]"#
        )
        #expect(paths(expected, same, rules, property: "Policies").isEmpty)
        let changed = try node(
            #"[{"PolicyName": "b", "PolicyDocument": {}}, {"PolicyName": "a", "PolicyDocument": {"Statement": []}}]"#)
        let comparison = PropertyComparison(logicalId: "R", resourceType: "T", serviceName: "S", rules: rules)
        let found = comparison.findings(property: "Policies", expected: expected, actual: changed)
        #expect(paths(expected, changed, rules, property: "Policies") == ["/0/PolicyDocument/Statement/0", "/-"])
        #expect(found[1].expected == nil)
        #expect(found[1].actual?["PolicyName"] == .string("b"))
    }

    @Test func tagsAreASubsetIgnoringWhatCloudFormationAdds() throws {
        let rules = [NormalizationRule.tags(at: "/Properties/Tags")]
        let expected = try node(#"[{"Key": "Name", "Value": "x"}]"#)
        let actual = try node(
            #"[{"Key": "aws:cloudformation:stack-name", "Value": "S"}, {"Key": "Name", "Value": "x"}]"#)
        #expect(paths(expected, actual, rules, property: "Tags").isEmpty)
        #expect(paths(expected, try node(#"[{"Key": "Name", "Value": "y"}]"#), rules, property: "Tags") == ["/0/Value"])
        #expect(paths(expected, try node(#"[{"Key": "Other", "Value": "x"}]"#), rules, property: "Tags") == ["/0"])
    }

    @Test func propertyComparisonCoversEveryPropertyHonestly() throws {
        let resolver = try sampleResolver()
        let properties = try #require(
            try node(
                #"""
                {"LogGroupName": {"Fn::Sub": "/ecs/${Env}"}, "RetentionInDays": 30, "KmsKeyId": "k",
                 "Arn": {"Fn::GetAtt": ["Cluster", "Arn"]}, "Gone": {"Ref": "AWS::NoValue"}}
                """#
            ).mappingValue)
        var live = LiveResource(
            properties: try #require(try node(#"{"LogGroupName": "/ecs/prod", "RetentionInDays": 7}"#).mappingValue))
        live.unreadable["KmsKeyId"] = "not read"
        let comparison = PropertyComparison(
            logicalId: "Logs", resourceType: "AWS::Logs::LogGroup", serviceName: "CloudWatch Logs")
        let result = comparison.compare(properties: properties, resolver: resolver, live: live)
        #expect(result.coverage.map(\.state.name) == ["checked", "drifted", "notChecked", "notChecked"])
        #expect(result.coverage[3].reason == "Fn::GetAtt Cluster.Arn is not known from the live stack")
        #expect(result.findings.count == 1)
        #expect(result.findings[0].path == "/Resources/Logs/Properties/RetentionInDays")
        #expect(result.findings[0].explanation == "RetentionInDays is 7 in CloudWatch Logs; the template sets 30")
        let deleted = comparison.compare(properties: properties, resolver: resolver, live: .deleted("gone"))
        #expect(deleted.findings.map(\.kind) == [.resourceDeleted])
    }

    @Test func inventoryFindsMissingUnexpectedRetypedAndIncomplete() throws {
        let resolver = try sampleResolver()
        let stack = [
            StackSnapshot.Resource(
                logicalId: "Cluster", physicalId: "c", type: "AWS::ECS::Cluster", status: "UPDATE_COMPLETE"),
            StackSnapshot.Resource(
                logicalId: "Alb", physicalId: "a", type: "AWS::EC2::Instance", status: "CREATE_FAILED",
                statusReason: "boom"),
            StackSnapshot.Resource(
                logicalId: "Stray", physicalId: "s", type: "AWS::SNS::Topic", status: "CREATE_COMPLETE"),
        ]
        let result = InventoryCheck.check(template: resolver.context.template, resolver: resolver, stack: stack)
        #expect(result.findings.map(\.kind) == [.typeChanged, .notComplete, .unexpected])
        #expect(result.findings.map(\.logicalId) == ["Alb", "Alb", "Stray"])
        #expect(result.findings[1].explanation == "Alb is CREATE_FAILED: boom")
        // Extra is conditional on NotProd, which is false for env=prod: absent is right.
        #expect(result.coverage.map(\.state.name) == ["checked", "drifted", "checked", "drifted"])
        let dev = try sampleResolver(env: "dev")
        let missing = InventoryCheck.check(template: dev.context.template, resolver: dev, stack: Array(stack.prefix(1)))
        #expect(missing.findings.filter { $0.kind == .missing }.map(\.logicalId) == ["Alb", "Extra"])
    }

    @Test func deployedTemplateDifferencesAreFindingsAtTheirPaths() throws {
        let expected = try node(
            #"{"Resources": {"A": {"Type": "AWS::Logs::LogGroup", "Properties": {"RetentionInDays": 30}}}}"#)
        let same = try node(
            #"{"Resources": {"A": {"Properties": {"RetentionInDays": "30"}, "Type": "AWS::Logs::LogGroup"}}}"#)
        #expect(TemplateCheck.check(expected: expected, deployed: same).findings.isEmpty)
        let other = try node(
            #"{"Resources": {"A": {"Type": "AWS::Logs::LogGroup", "Properties": {"RetentionInDays": 7}}}}"#)
        let result = TemplateCheck.check(expected: expected, deployed: other)
        #expect(result.findings.map(\.path) == ["/Resources/A/Properties/RetentionInDays"])
        #expect(result.findings.map(\.logicalId) == ["A"])
        #expect(result.findings.map(\.kind) == [.templateChanged])
        #expect(
            TemplateCheck.check(expected: expected, deployed: nil).coverage.first?.reason
                == "the deployed template was not fetched")
    }

    @Test func boundedConcurrencyKeepsOrderAndTheBound() async {
        let gauge = ConcurrencyGauge()
        let out = await BoundedConcurrency.map(Array(0..<20), limit: 3) { item in
            gauge.enter()
            try? await Task.sleep(for: .milliseconds(5))
            gauge.leave()
            return item * 2
        }
        #expect(out == Array(0..<20).map { $0 * 2 })
        #expect(gauge.peak <= 3)
        #expect(gauge.peak >= 2)
    }

    /// The work is held shut until after `Deadline.run` has answered: a deadline that waited for the work
    /// would never answer, and the time limit ends the test as a failure instead of a hang.
    @Test(.timeLimit(.minutes(1))) func aDeadlineDoesNotWaitForWorkThatIgnoresIt() async {
        let gate = Gate()
        let outcome = await Deadline.run(until: .now + .milliseconds(50)) { () async throws -> Int in
            await gate.wait()  // ignores cancellation, like a blocking call would
            return 1
        }
        gate.open()
        guard case .timedOut = outcome else {
            Issue.record("expected a timeout")
            return
        }
        let finished = await Deadline.run(until: nil) { 7 }
        guard case .finished(.success(let value)) = finished else {
            Issue.record("expected a value")
            return
        }
        #expect(value == 7)
    }
}

/// A one-shot latch: `wait()` returns once `open()` has been called, whether before or after.
final class Gate: Sendable {
    private let state = Mutex((isOpen: false, waiters: [CheckedContinuation<Void, Never>]()))

    func wait() async {
        await withCheckedContinuation { continuation in
            let open = state.withLock { state in
                if !state.isOpen { state.waiters.append(continuation) }
                return state.isOpen
            }
            if open { continuation.resume() }
        }
    }

    func open() {
        let ready = state.withLock { state in
            state.isOpen = true
            defer { state.waiters = [] }
            return state.waiters
        }
        ready.forEach { $0.resume() }
    }
}

