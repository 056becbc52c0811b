import Findings
import Report
import Template
import TemplateDiff
import Testing

/// The exact reports for the two fixture templates: what a user and a CI job see.
@Suite struct RendererTests {
    @Test func textReadsLikeACodeReview() throws {
        #expect(TextDiffRenderer().render(try Fixtures.report()) == TextDiffReport.expected)
    }

    @Test func colourOnlyWhenAsked() throws {
        let text = TextDiffRenderer(color: true).render(try Fixtures.report())
        #expect(text.contains("\u{1B}[33m~ Properties/DesiredCount: \u{1B}[0m\u{1B}[31m2\u{1B}[0m"))
        #expect(text.contains("\u{1B}[1mResources › Svc (AWS::ECS::Service)\u{1B}[0m"))
        #expect(!TextDiffRenderer().render(try Fixtures.report()).contains("\u{1B}"))
    }

    @Test func json() throws {
        #expect(
            JSONDiffRenderer.render(try Fixtures.report()) == """
                {
                  "schemaVersion": 1,
                  "equivalent": false,
                  "profile": "cfn",
                  "leftFile": "left.yaml",
                  "rightFile": "right.json",
                  "differences": [
                    {"path":"/Resources/Queue/Properties/FifoQueue","kind":"added","left":null,"right":true,\
                "leftMark":null,"rightMark":{"file":"right.json","line":6,"column":62}},
                    {"path":"/Resources/Topic","kind":"removed","left":{"Type":"AWS::SNS::Topic"},"right":null,\
                "leftMark":{"file":"left.yaml","line":8,"column":5},"rightMark":null},
                    {"path":"/Resources/Svc/DependsOn/0","kind":"removed","left":"Listener","right":null,\
                "leftMark":{"file":"left.yaml","line":11,"column":17},"rightMark":null},
                    {"path":"/Resources/Svc/Properties/DesiredCount","kind":"changed","left":2,"right":3,\
                "leftMark":{"file":"left.yaml","line":13,"column":21},\
                "rightMark":{"file":"right.json","line":14,"column":25}},
                    {"path":"/Resources/Svc/Properties/Subnets/1","kind":"added","left":null,\
                "right":"subnet-c","leftMark":null,"rightMark":{"file":"right.json","line":12,"column":33}}
                  ]
                }

                """)
    }

    @Test func markdownTablePerLogicalID() throws {
        let markdown = MarkdownDiffRenderer.render(try Fixtures.report())
        #expect(
            markdown.hasPrefix(
                "### stackcheck diff: `left.yaml` → `right.json`\n\n"
                    + "5 differences (2 added, 2 removed, 1 changed) under profile `cfn`.\n"))
        #expect(
            markdown.contains(
                """
                #### Resources › Svc (AWS::ECS::Service)

                | | Path | Left | Right |
                |---|---|---|---|
                | − | `DependsOn/0` | `"Listener"` <sub>left.yaml:11:17</sub> |  |
                | ~ | `Properties/DesiredCount` | `2` <sub>left.yaml:13:21</sub> | `3` <sub>right.json:14:25</sub> |
                """))
    }

    @Test func equivalentReports() {
        let report = DiffReport(leftName: "a.json", rightName: "b.yaml", profile: "cfn", differences: [])
        #expect(TextDiffRenderer().render(report) == "a.json and b.yaml are equivalent under profile cfn\n")
        #expect(
            JSONDiffRenderer.render(report).hasSuffix(
                "\"equivalent\": true,\n  \"profile\": \"cfn\",\n"
                    + "  \"leftFile\": \"a.json\",\n  \"rightFile\": \"b.yaml\",\n  \"differences\": []\n}\n"))
        #expect(MarkdownDiffRenderer.render(report).hasSuffix("Equivalent under profile `cfn`.\n"))
    }

    @Test func longValuesAreCutAndPipesEscaped() {
        let long = Node.string(String(repeating: "x", count: 200))
        let report = DiffReport(
            leftName: "a", rightName: "b", profile: "cfn",
            differences: [
                Difference(kind: .changed, path: "/Description", left: long, right: .string("a|b"))
            ])
        let text = TextDiffRenderer().render(report)
        #expect(text.contains("~ Description: \"" + String(repeating: "x", count: 78) + "… → \"a|b\"\n"))
        #expect(MarkdownDiffRenderer.render(report).contains("`\"a\\|b\"`"))
    }

    /// `60` vs `"60"` and the `Fn::Sub` forms differ in kind; Properties' keys come in another order.
    /// (`!GetAtt Queue.Arn` is read as the list, so strict and cfn agree on it.)
    @Test func strictSeesWhatCfnForgives() throws {
        #expect(
            try Fixtures.report(profile: .strict).differences.map(\.path) == [
                "/Resources/Queue/Properties/VisibilityTimeout", "/Resources/Queue/Properties/FifoQueue",
                "/Resources/Topic", "/Resources/Svc/DependsOn/0", "/Resources/Svc/Properties",
                "/Resources/Svc/Properties/DesiredCount", "/Resources/Svc/Properties/ServiceName/Fn::Sub",
                "/Resources/Svc/Properties/Subnets/1",
            ])
    }
}

/// What `stackcheck diff left.yaml right.json` prints for the fixtures.
enum TextDiffReport {
    static let expected = """
        left.yaml and right.json differ under profile cfn: 5 differences (2 added, 2 removed, 1 changed)

        Resources › Queue (AWS::SQS::Queue)
          + Properties/FifoQueue: true (right.json:6:62)

        Resources › Topic (AWS::SNS::Topic)
          - Topic: {"Type":"AWS::SNS::Topic"} (left.yaml:8:5)

        Resources › Svc (AWS::ECS::Service)
          - DependsOn/0: "Listener" (left.yaml:11:17)
          ~ Properties/DesiredCount: 2 (left.yaml:13:21) → 3 (right.json:14:25)
          + Properties/Subnets/1: "subnet-c" (right.json:12:33)

        """
}
