import Foundation
import StackCheckTestSupport
import Template
import Testing

/// `report merge --format html` opened in headless Chromium: shard reports of drift and smoke become one
/// page with a section per stack in the order merged, each drift stack's resources drawn as the
/// template's graph coloured by its entry, and a stack that could not be checked shown as its error.
@Suite(
    "Merged report HTML in headless Chromium", .serialized,
    .enabled(
        if: HeadlessChromium.isAvailable, "chromium is not installed: run scripts/setup (apt-get install chromium)"))
struct MergeHTMLBrowserTests {
    static let shardA = """
        {"schemaVersion": 2, "command": "drift", "stacks": [
          {"stack": "alpha", "region": "us-east-2", "status": "DRIFTED", "exitCode": 1,
           "summary": {"findings": 1, "accepted": 0, "checked": 3, "notChecked": 0, "drifted": 1},
           "findings": [{"logicalId": "XRayLogGroup", "resourceType": "AWS::Logs::LogGroup",
             "kind": "propertyChanged", "path": "RetentionInDays", "expected": 30, "actual": 14,
             "explanation": "changed outside CloudFormation <script>"}],
           "coverage": [
             {"logicalId": "XRayLogGroup", "resourceType": "AWS::Logs::LogGroup", "path": "RetentionInDays",
              "state": "drifted"},
             {"logicalId": "ECSCluster", "resourceType": "AWS::ECS::Cluster", "path": "ClusterName",
              "state": "checked"},
             {"logicalId": "TaskRole", "resourceType": "AWS::IAM::Role", "path": "Policies",
              "state": "notChecked", "reason": "not readable"}],
           "inconclusive": [], "notes": []}]}
        """
    static let shardB = """
        {"schemaVersion": 2, "command": "drift", "stacks": [
          {"stack": "beta", "region": "eu-west-1", "status": "ERROR", "exitCode": 2,
           "error": "error: stack beta does not exist in eu-west-1"}]}
        """
    static let smoke = """
        {"schemaVersion": 2, "command": "smoke", "stacks": [
          {"stack": "gamma", "region": "us-east-2", "status": "PASS", "exitCode": 0, "seconds": 3,
           "checks": [{"name": "services-running", "status": "PASS", "detail": "2/2 tasks"}]}]}
        """

    @Test func mergedShardsAsOnePage() async throws {
        let files = try [Self.shardA, Self.shardB, Self.smoke].enumerated().map { index, text in
            try FleetTests.file("shard-\(index).json", text)
        }
        let result = try await CLI.run(
            ["report", "merge", "--format", "html", "--template", StackFixtures.goldenPath] + files)
        #expect(result.status == 2, "an error outranks drift: \(result.stderr)")
        HTMLReportBrowserTests.expectSelfContained(result.stdout)
        #expect(result.stdout.contains("outside CloudFormation &lt;script&gt;"), "text is escaped")
        let page = try HTMLReportBrowserTests.write(result.stdout, "merged.html")
        defer { try? FileManager.default.removeItem(at: page) }
        let dom = HTMLDOM(html: try await HeadlessChromium.renderedDOM(of: page))
        #expect(dom.elements("html", where: ["data-ready": "true"]).count == 1, "the page's script ran")
        #expect(dom.elements("p", where: ["data-exit-code": "2", "data-stacks": "3"]).count == 1)

        let sections = dom.elements("section", where: ["class": "stack"])
        #expect(sections.map { $0.attributes["data-stack"] } == ["alpha", "beta", "gamma"])
        #expect(sections.map { $0.attributes["data-status"] } == ["DRIFTED", "ERROR", "PASS"])

        let alpha = HTMLDOM(html: sections[0].inner)
        let ids = HTMLReportBrowserTests.goldenIds
        #expect(sections[0].attributes["data-rendered-nodes"] == String(ids.count), "the script counted the nodes")
        let nodes = alpha.elements("g", where: ["class": "node"])
        #expect(nodes.compactMap { $0.attributes["data-logical-id"] }.sorted() == ids.sorted())
        for node in nodes {
            let expected =
                switch node.attributes["data-logical-id"] {
                case "XRayLogGroup": "DRIFTED"
                case "ECSCluster": "IN_SYNC"
                default: "NOT_CHECKED"  // never in sync unless the entry says it was looked at
                }
            #expect(node.attributes["data-status"] == expected, "\(node.attributes)")
        }
        let row = try #require(alpha.elements("tr", where: ["data-logical-id": "XRayLogGroup"]).first)
        let cells = HTMLDOM(html: row.inner).elements("td")
        #expect(cells.map(\.inner).contains("30") && cells.map(\.inner).contains("14"), "both values: \(cells)")

        #expect(sections[1].inner.contains("stack beta does not exist in eu-west-1"))
        let checks = HTMLDOM(html: sections[2].inner).elements("tr", where: ["data-check": "services-running"])
        #expect(checks.first?.attributes["data-status"] == "PASS")
    }
}
