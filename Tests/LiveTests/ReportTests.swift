import Findings
import Report
import Template
import Testing

let retention = Finding(
    logicalId: "LogGroup", resourceType: "AWS::Logs::LogGroup", kind: .propertyChanged,
    path: "/Resources/LogGroup/Properties/RetentionInDays", expected: .number("30"), actual: .number("7"),
    explanation: "RetentionInDays is 7 in CloudWatch Logs, the template sets 30")

let sampleReport = DriftReport(
    stack: "S", findings: [retention],
    coverage: [
        CoverageEntry(
            logicalId: "LogGroup", resourceType: "AWS::Logs::LogGroup",
            path: "/Resources/LogGroup/Properties/RetentionInDays", state: .drifted),
        CoverageEntry(
            logicalId: "LogGroup", resourceType: "AWS::Logs::LogGroup",
            path: "/Resources/LogGroup/Properties/LogGroupName", state: .checked),
        CoverageEntry(
            logicalId: "Role", resourceType: "AWS::IAM::Role", path: "/Resources/Role/Properties/Tags",
            state: .notChecked(reason: "tags are not read <yet> & \"never\" guessed")),
    ])

@Suite struct ReportTests {
    @Test func statusAndExitCodes() {
        #expect(sampleReport.status == .drifted)
        #expect(sampleReport.status.exitCode == 1)
        var accepted = sampleReport
        accepted.findings[0].acceptance = Acceptance(reason: "r", expires: "2030-01-01")
        #expect(accepted.status == .inSync)
        accepted.inconclusiveReasons = ["throttled"]
        #expect(accepted.status == .inconclusive)
        #expect(accepted.status.exitCode == 3)
        var drifted = sampleReport
        drifted.inconclusiveReasons = ["throttled"]
        #expect(drifted.status == .drifted)
    }

    @Test func jsonHasTheContractFieldsInOrder() {
        let json = DriftJSONRenderer.value(sampleReport)
        guard case .object(let fields) = json else {
            Issue.record("not an object")
            return
        }
        #expect(fields.map(\.0).prefix(5) == ["stack", "region", "status", "exitCode", "summary"])
        #expect(json["status"] == .string("DRIFTED"))
        #expect(json["exitCode"] == .number("1"))
        let envelope = JSONValue.object([("x", .null)])
        #expect(envelope["x"] == .null)
        let rendered = DriftJSONRenderer.render(sampleReport)
        #expect(rendered.hasPrefix("{\n  \"schemaVersion\": 2,\n  \"command\": \"drift\",\n  \"stacks\": [\n    {\n"))
        let compact = DriftJSONRenderer.finding(retention).compact
        #expect(
            compact
                == #"{"logicalId":"LogGroup","resourceType":"AWS::Logs::LogGroup","kind":"propertyChanged","#
                + #""path":"/Resources/LogGroup/Properties/RetentionInDays","expected":30,"actual":7,"#
                + #""explanation":"RetentionInDays is 7 in CloudWatch Logs, the template sets 30"}"#)
    }

    @Test func jsonQuotesControlCharactersAndPrettyPrints() {
        #expect(JSONValue.quote("a\"b\\c\n\u{1}") == #""a\"b\\c\n\u0001""#)
        #expect(
            JSONValue.object([("a", .array([.number(1), .null]))]).pretty == "{\n  \"a\": [\n    1,\n    null\n  ]\n}\n"
        )
        #expect(JSONValue.array([]).compact == "[]")
    }

    @Test func jsonFromALevelOnIsWrittenOneContainerPerLine() {
        let value = JSONValue.object([
            ("k\"ey", .string("é\t")),
            ("items", .array([.object([("a", .bool(true)), ("b", .array([]))]), .object([]), .number("1.50")])),
            ("none", .object([])),
        ])
        #expect(
            value.pretty(compactFrom: 2)
                == "{\n  \"k\\\"ey\": \"é\\t\",\n  \"items\": [\n    {\"a\":true,\"b\":[]},\n    {},\n    1.50\n  ],\n"
                + "  \"none\": {}\n}\n")
        #expect(value.compact == #"{"k\"ey":"é\t","items":[{"a":true,"b":[]},{},1.50],"none":{}}"#)
    }

    @Test func textShowsVerdictFindingsAndNotChecked() {
        let text = DriftTextRenderer().render(sampleReport)
        #expect(text.hasPrefix("stack S: DRIFTED (1 finding; 1 checked, 1 drifted, 1 not checked)\n"))
        #expect(
            text.contains(
                "DRIFT LogGroup (AWS::Logs::LogGroup) propertyChanged /Resources/LogGroup/Properties/RetentionInDays\n")
        )
        #expect(text.contains("    expected: 30\n    actual:   7\n"))
        #expect(text.contains("  Role /Resources/Role/Properties/Tags: tags are not read"))
        #expect(!text.contains("\u{1B}["))
        #expect(
            DriftTextRenderer(style: TextStyle(enabled: true)).render(sampleReport).contains(
                "\u{1B}[31mDRIFTED\u{1B}[0m"))
    }

    @Test func junitHasFailuresAndSkipsWithEscaping() {
        let xml = DriftJUnitRenderer.render(sampleReport)
        #expect(
            xml.contains(
                #"<testsuites name="stackcheck drift S: DRIFTED" tests="3" failures="1" errors="0" skipped="1">"#))
        #expect(xml.contains(#"<failure message="RetentionInDays is 7 in CloudWatch Logs, the template sets 30">"#))
        #expect(xml.contains(#"<skipped message="tags are not read &lt;yet&gt; &amp; &quot;never&quot; guessed"/>"#))
        #expect(
            xml.contains(
                #"<testcase name="/Resources/LogGroup/Properties/LogGroupName" classname="drift.S.LogGroup"/>"#))
    }

    @Test func junitPutsFindingsBelowAPropertyIntoThatPropertysCase() {
        let deep = Finding(
            logicalId: "Cluster", resourceType: "AWS::ECS::Cluster", kind: .propertyChanged,
            path: "/Resources/Cluster/Properties/ClusterSettings/0/Value", expected: .string("enabled"),
            actual: .string("disabled"), explanation: "ClusterSettings/0/Value is \"disabled\" in ECS")
        let report = DriftReport(
            stack: "S", findings: [deep],
            coverage: [
                CoverageEntry(
                    logicalId: "Cluster", resourceType: "AWS::ECS::Cluster",
                    path: "/Resources/Cluster/Properties/ClusterSettings", state: .drifted)
            ])
        let suites = DriftJUnitRenderer.suites(report)
        #expect(suites.flatMap(\.cases).count == 1)
        #expect(
            suites.first?.cases.first?.outcome
                == .failed(
                    message: "ClusterSettings/0/Value is \"disabled\" in ECS",
                    detail:
                        "propertyChanged: expected \"enabled\", actual \"disabled\": "
                        + "ClusterSettings/0/Value is \"disabled\" in ECS"
                ))
    }

    @Test func junitWriterCountsAndTimes() {
        let suite = JUnitSuite(
            name: "probes",
            cases: [
                JUnitCase(name: "a", className: "c", seconds: 1.5, outcome: .passed),
                JUnitCase(name: "b", className: "c", outcome: .error(message: "timeout", detail: "after 5s")),
            ], properties: [("stack", "S")])
        let xml = JUnitWriter.xml(name: "smoke", suites: [suite])
        #expect(xml.contains(#"<testcase name="a" classname="c" time="1.500"/>"#))
        #expect(xml.contains(#"tests="2" failures="0" errors="1" skipped="0""#))
        #expect(xml.contains(#"<property name="stack" value="S"/>"#))
    }

    @Test func markdownEscapesCellsAndListsNotChecked() {
        let markdown = DriftMarkdownRenderer.render(sampleReport)
        #expect(markdown.hasPrefix("## Drift: `S` is DRIFTED\n"))
        #expect(markdown.contains("| drift | LogGroup | AWS::Logs::LogGroup | propertyChanged |"))
        #expect(markdown.contains("<details><summary>Not checked (1)</summary>"))
        #expect(Markdown.cell("a|b\nc") == "a\\|b<br>c")
        #expect(MarkdownTable(header: ["x", "y"], rows: [["1"]]).rendered == "| x | y |\n| --- | --- |\n| 1 |  |\n")
    }

    @Test func colourFollowsTheEnvironment() {
        #expect(Terminal.usesColor(interactive: true, environment: ["TERM": "xterm"]))
        #expect(!Terminal.usesColor(interactive: true, environment: ["TERM": "xterm", "NO_COLOR": "1"]))
        #expect(!Terminal.usesColor(interactive: true, environment: ["TERM": "dumb"]))
        #expect(!Terminal.usesColor(interactive: false, environment: [:]))
        #expect(Terminal.usesColor(interactive: false, environment: ["FORCE_COLOR": "1"]))
    }
}
