import Foundation
import Findings
import Report
import StackCheckTestSupport
import Template
import Testing

/// The HTML reports opened in a real browser (headless Chromium): the DOM after the page's script ran
/// carries a section per stack and a graph node per resource with their statuses.
@Suite(
    "HTML reports in headless Chromium", .serialized,
    .enabled(
        if: HeadlessChromium.isAvailable, "chromium is not installed: run scripts/setup (apt-get install chromium)"))
struct HTMLReportBrowserTests {
    static func write(_ text: String, _ name: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(UUID().uuidString)-\(name)")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    /// Nothing in the file can make the browser fetch: no script or style source, link, import or font.
    static func expectSelfContained(_ page: String) {
        for needle in ["<link", "src=", "@import", "@font-face", "https:"] {
            #expect(!page.contains(needle), "the page must not load \(needle)")
        }
        #expect(
            page.replacingOccurrences(of: "xmlns=\"http://www.w3.org/2000/svg\"", with: "").contains("http:") == false)
    }

    static var goldenIds: [String] {
        (try? TemplateReader.read(path: StackFixtures.goldenPath))?["Resources"]?.mappingValue?.entries.map(\.key) ?? []
    }

    @Test func driftAndWatchHistoryOfADeployedStack() async throws {
        // Its own emulator: a deploy holds the shared one's lock while other suites wait on it.
        let emulator = try await Emulator.start()
        defer { emulator.stop() }
        let stack = try await EmulatorStack.deployGolden(in: emulator, prefix: "html")
        let env = emulator.cliEnvironment
        let logGroup = "/ecs/xray-\(stack.suffix)"
        let history = FileManager.default.temporaryDirectory.appendingPathComponent("\(UUID().uuidString).jsonl")
        defer { try? FileManager.default.removeItem(at: history) }
        let watch = [
            "watch", "--stack", stack.name, "--every", "1s", "--max-runs", "1", "--history", history.path,
            "--template", StackFixtures.goldenPath,
        ]

        // In sync, then drifted (retention changed behind CloudFormation's back): two watch runs.
        let first = try await CLI.run(watch, environment: env)
        try await emulator.client.logs.putRetentionPolicy(logGroupName: logGroup, retentionInDays: 14)
        let second = try await CLI.run(watch, environment: env)
        #expect(first.status == 0 && second.status == 0, "\(first.stderr)\(second.stderr)")

        let missing = EmulatorStack.uniqueName("html-missing")
        let drift = try await CLI.run(
            [
                "drift", "--stack", stack.name, "--stack", missing, "--template", StackFixtures.goldenPath,
                "--format", "html",
            ], environment: env)
        #expect(drift.status == 2, "an error outranks drift: \(drift.stderr)")
        Self.expectSelfContained(drift.stdout)
        let page = try Self.write(drift.stdout, "drift.html")
        defer { try? FileManager.default.removeItem(at: page) }
        let dom = HTMLDOM(html: try await HeadlessChromium.renderedDOM(of: page))
        #expect(dom.elements("html", where: ["data-ready": "true"]).count == 1, "the page's script ran")

        let section = try #require(dom.elements("section", where: ["data-stack": stack.name]).first)
        #expect(section.attributes["data-status"] == "DRIFTED")
        let ids = Self.goldenIds
        #expect(ids.count == 24)
        #expect(section.attributes["data-rendered-nodes"] == String(ids.count))
        let nodes = HTMLDOM(html: section.inner).elements("g", where: ["class": "node"])
        #expect(nodes.compactMap { $0.attributes["data-logical-id"] }.sorted() == ids.sorted())
        for node in nodes {
            let expected = node.attributes["data-logical-id"] == "XRayLogGroup" ? "DRIFTED" : "IN_SYNC"
            #expect(node.attributes["data-status"] == expected, "\(node.attributes)")
        }
        let edges = HTMLDOM(html: section.inner).elements("line", where: ["class": "edge"])
        let pairs = Set(edges.map { "\($0.attributes["data-from"] ?? "")>\($0.attributes["data-to"] ?? "")" })
        #expect(pairs.contains("ReportGenerationService>ALBListener"), "DependsOn")
        #expect(pairs.contains("DataIngestionService>ECSCluster"), "Ref")
        #expect(pairs.contains("ALBListener>ApplicationLoadBalancer"), "Ref")
        let row = try #require(
            HTMLDOM(html: section.inner).elements("tr", where: ["data-logical-id": "XRayLogGroup"]).first)
        #expect(row.inner.contains("<td class=\"value expected\">30</td>"))
        #expect(row.inner.contains("<td class=\"value actual\">14</td>"))
        #expect(dom.elements("section", where: ["data-stack": missing, "data-status": "ERROR"]).count == 1)

        let report = try await CLI.run(
            ["report", "html", history.path, "--template", StackFixtures.goldenPath], environment: env)
        #expect(report.status == 0, "\(report.stderr)")
        Self.expectSelfContained(report.stdout)
        let timelinePage = try Self.write(report.stdout, "history.html")
        defer { try? FileManager.default.removeItem(at: timelinePage) }
        let timeline = HTMLDOM(html: try await HeadlessChromium.renderedDOM(of: timelinePage))
        let watched = try #require(timeline.elements("section", where: ["data-stack": stack.name]).first)
        #expect(watched.attributes["data-status"] == "DRIFTED")
        let runs = HTMLDOM(html: watched.inner).elements("li", where: ["class": "run"])
        #expect(runs.map { $0.attributes["data-status"] } == ["IN_SYNC", "DRIFTED"])
        #expect(runs.last?.attributes["data-changed"] == "true")
        let latest = HTMLDOM(html: watched.inner).elements("g", where: ["class": "node"])
        #expect(latest.count == ids.count)
        #expect(
            latest.filter { $0.attributes["data-status"] == "DRIFTED" }.map { $0.attributes["data-logical-id"] }
                == ["XRayLogGroup"])
        #expect(latest.filter { $0.attributes["data-status"] == "NOT_RECORDED" }.count == ids.count - 1)
    }

    @Test func smokeChecksAsRows() async throws {
        let emulator = try await Emulator.start()
        defer { emulator.stop() }
        let stack = try await EmulatorStack.deployGolden(in: emulator, prefix: "html-smoke")
        let smoke = try await CLI.run(
            ["smoke", "--stack", stack.name, "--timeout", "0", "--format", "html"], environment: emulator.cliEnvironment
        )
        #expect(smoke.status == 1, "no task runs yet: \(smoke.stderr)")
        Self.expectSelfContained(smoke.stdout)
        let page = try Self.write(smoke.stdout, "smoke.html")
        defer { try? FileManager.default.removeItem(at: page) }
        let dom = HTMLDOM(html: try await HeadlessChromium.renderedDOM(of: page))
        let section = try #require(dom.elements("section", where: ["data-stack": stack.name]).first)
        #expect(section.attributes["data-status"] == "FAIL")
        let checks = HTMLDOM(html: section.inner).elements("tr", where: ["class": "check"])
        #expect(checks.first { $0.attributes["data-check"] == "stack-status" }?.attributes["data-status"] == "PASS")
        let running = checks.filter { $0.attributes["data-check"]?.hasPrefix("running-count:") == true }
        #expect(running.count == 3 && running.allSatisfy { $0.attributes["data-status"] == "FAIL" })
    }

    @Test func valuesAreEscapedAndTheGraphIsLayered() async throws {
        let template = try TemplateReader.read(
            Array(
                """
                {"Resources": {
                  "Bucket": {"Type": "AWS::S3::Bucket"},
                  "Role": {"Type": "AWS::IAM::Role", "Properties": {"Name": {"Fn::Sub": "${Bucket.Arn}-x"}}},
                  "Fn": {"Type": "AWS::Lambda::Function",
                         "Properties": {"Role": {"Fn::GetAtt": "Role.Arn"}}, "DependsOn": ["Bucket"]}
                }}
                """.utf8), file: "t.json")
        let hostile = "<img src=x onerror=\"document.title='pwned'\">"
        let report = DriftReport(
            stack: "s\"><script>document.title='pwned'</script>",
            findings: [
                Finding(
                    logicalId: "Fn", resourceType: "AWS::Lambda::Function", kind: .propertyChanged,
                    path: "/Resources/Fn/Properties/Role", expected: .string(hostile), actual: .string("a&b"),
                    explanation: hostile)
            ],
            coverage: [
                CoverageEntry(
                    logicalId: "Bucket", resourceType: "AWS::S3::Bucket", path: "/Resources/Bucket", state: .checked),
                CoverageEntry(
                    logicalId: "Role", resourceType: "AWS::IAM::Role", path: "/Resources/Role/Properties/Name",
                    state: .notChecked(reason: "no checker")),
            ])
        let html = DriftHTMLRenderer.render([report], template: template, generated: "test")
        let page = try Self.write(html, "hostile.html")
        defer { try? FileManager.default.removeItem(at: page) }
        let dom = HTMLDOM(html: try await HeadlessChromium.renderedDOM(of: page))
        #expect(dom.elements("img").isEmpty)
        #expect(dom.elements("title").first?.inner == "stackcheck drift")
        #expect(dom.html.contains("&lt;img src=x onerror=\"document.title='pwned'\"&gt;"))
        let nodes = dom.elements("g", where: ["class": "node"])
        let status = Dictionary(
            uniqueKeysWithValues: nodes.map { ($0.attributes["data-logical-id"]!, $0.attributes["data-status"]!) })
        #expect(status == ["Bucket": "IN_SYNC", "Role": "NOT_CHECKED", "Fn": "DRIFTED"])

        let graph = DependencyGraph(template: template)
        let layers = Dictionary(uniqueKeysWithValues: graph.nodes.map { ($0.logicalId, $0.layer) })
        #expect(layers == ["Bucket": 0, "Role": 1, "Fn": 2])
        #expect(Set(graph.edges.map { "\($0.from)>\($0.to)" }) == ["Role>Bucket", "Fn>Role", "Fn>Bucket"])
    }
}
