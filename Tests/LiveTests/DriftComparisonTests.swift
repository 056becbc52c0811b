import Foundation
import Live
import Report
import Template
import StackCheckTestSupport
import Testing

/// The pure parts of drift: value matching, property comparison, inventory, deployed template.
@Suite struct DriftComparisonTests {
    @Test func mappingsCompareByTheTemplatesKeysAndScalarsByMeaning() throws {
        let matcher = ValueMatcher()
        let expected = try node(#"{"Port": 80, "Enabled": true, "Nested": {"A": "1"}}"#)
        let actual = try node(
            #"{"Port": "80", "Enabled": "true", "Nested": {"A": 1, "Extra": "service default"}, "More": 1}"#)
        #expect(matcher.mismatches(expected: expected, actual: actual, property: "P").isEmpty)
        let changed = try node(#"{"Port": 81, "Enabled": true, "Nested": {"A": "2"}}"#)
        #expect(
            matcher.mismatches(expected: expected, actual: changed, property: "P").map(\.path) == [
                "/Port", "/Nested/A",
            ])
    }

    @Test func listsKeepOrderUnlessARuleSaysSet() throws {
        let expected = try node(#"["a", "b"]"#)
        let reversed = try node(#"["b", "a"]"#)
        #expect(
            ValueMatcher().mismatches(expected: expected, actual: reversed, property: "Subnets").map(\.path) == [
                "/0", "/1",
            ])
        let set = ValueMatcher(rules: ["/Subnets": .unordered])
        #expect(set.mismatches(expected: expected, actual: reversed, property: "Subnets").isEmpty)
        #expect(
            set.mismatches(expected: expected, actual: try node(#"["a", "b", "c"]"#), property: "Subnets").map(\.path)
                == [""])
    }

    @Test func keyedListsPointIntoTheChangedItemAndReportExtras() throws {
        let matcher = ValueMatcher(rules: [
            "/Policies": .keyedBy("PolicyName"), "/Policies/*/PolicyDocument": .policyDocument,
        ])
        let expected = try node(
            #"[{"PolicyName": "a", "PolicyDocument": {"Statement": [{"Action": "s3:Get", "Resource": ["x", "y"]}]}}]"#)
        let same = try node(
            #"[{"PolicyName": "a", "PolicyDocument": {"Statement": [{"Action": ["s3:Get"], "Resource": ["y", "x"]}]}}]"#
        )
        #expect(matcher.mismatches(expected: expected, actual: same, property: "Policies").isEmpty)
        let changed = try node(
            #"[{"PolicyName": "b", "PolicyDocument": {}}, {"PolicyName": "a", "PolicyDocument": {"Statement": []}}]"#)
        let found = matcher.mismatches(expected: expected, actual: changed, property: "Policies")
        #expect(found.map(\.path) == ["/0/PolicyDocument", "/-"])
        #expect(found[1].expected == nil)
    }

    @Test func tagsAreASubsetIgnoringWhatCloudFormationAdds() throws {
        let matcher = ValueMatcher(rules: ["/Tags": .tagsSubset])
        let expected = try node(#"[{"Key": "Name", "Value": "x"}]"#)
        let actual = try node(
            #"[{"Key": "aws:cloudformation:stack-name", "Value": "S"}, {"Key": "Name", "Value": "x"}]"#)
        #expect(matcher.mismatches(expected: expected, actual: actual, property: "Tags").isEmpty)
        #expect(
            !matcher.mismatches(
                expected: expected, actual: try node(#"[{"Key": "Name", "Value": "y"}]"#), property: "Tags"
            ).isEmpty)
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
            logicalId: "Logs", resourceType: "AWS::Logs::LogGroup", serviceName: "CloudWatch Logs",
            matcher: ValueMatcher())
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
final class Gate: @unchecked Sendable {
    private let lock = NSLock()
    private var isOpen = false
    private var waiters: [CheckedContinuation<Void, Never>] = []

    func wait() async {
        await withCheckedContinuation { continuation in
            lock.lock()
            if isOpen {
                lock.unlock()
                continuation.resume()
            } else {
                waiters.append(continuation)
                lock.unlock()
            }
        }
    }

    func open() {
        let ready = lock.withLock {
            isOpen = true
            defer { waiters = [] }
            return waiters
        }
        ready.forEach { $0.resume() }
    }
}

