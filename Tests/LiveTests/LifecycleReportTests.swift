import Foundation
import Findings
import Report
import Testing

/// `stackcheck test`'s report: the exit code is the worst phase's, and every renderer says what was kept.
@Suite struct LifecycleReportTests {
    static func region(_ name: String, _ statuses: [LifecyclePhase.Status], kept: Bool = false) -> LifecycleRegion {
        let names = ["deploy", "smoke", "drift", "delete"]
        return LifecycleRegion(
            region: name, stack: "sc-\(name)",
            phases: zip(names, statuses).map {
                LifecyclePhase(name: $0, status: $1, detail: "\($0) \($1.rawValue)", lines: ["why <&>"], seconds: 1.5)
            }, kept: kept)
    }

    @Test func theExitCodeIsTheWorstPhases() {
        let pass = Self.region("a", [.pass, .pass, .pass, .pass])
        let fail = Self.region("b", [.pass, .fail, .skipped, .pass])
        let open = Self.region("c", [.pass, .inconclusive, .skipped, .pass])
        let error = Self.region("d", [.error, .skipped, .skipped, .pass])
        #expect(LifecycleReport(spec: "s", regions: [pass]).exitCode == 0)
        #expect(LifecycleReport(spec: "s", regions: [pass, open]).exitCode == 3)
        #expect(LifecycleReport(spec: "s", regions: [open, fail]).exitCode == 1)
        #expect(LifecycleReport(spec: "s", regions: [fail, error, open]).exitCode == 2)
    }

    @Test func junitHasASuitePerRegionAndACasePerPhase() {
        let report = LifecycleReport(
            spec: "ci/test.yml",
            regions: [Self.region("us-east-2", [.pass, .fail, .skipped, .skipped], kept: true)])
        let xml = LifecycleJUnitRenderer.render(report)
        #expect(
            xml.contains(
                "<testsuites name=\"stackcheck test ci/test.yml\" tests=\"4\" failures=\"1\" errors=\"0\" skipped=\"2\">"
            ))
        #expect(xml.contains("<property name=\"kept\" value=\"true\"/>"))
        #expect(
            xml.contains(
                "<testcase name=\"smoke\" classname=\"stackcheck.test.us-east-2\" time=\"1.500\">\n"
                    + "      <failure message=\"smoke FAIL\">smoke FAIL&#10;why &lt;&amp;&gt;</failure>"))
    }

    @Test func textAndMarkdownNameWhatWasKept() {
        let report = LifecycleReport(
            spec: "t.yml", regions: [Self.region("us-west-2", [.pass, .fail, .skipped, .skipped], kept: true)],
            interrupted: true)
        let text = LifecycleTextRenderer.render(report)
        #expect(text.hasPrefix("test t.yml: FAIL (interrupted)\nus-west-2 sc-us-west-2: FAIL\n"))
        #expect(text.contains("  kept: stack sc-us-west-2 in us-west-2 (--keep-on-failure)\n"))
        let markdown = LifecycleMarkdownRenderer.render(report)
        #expect(markdown.contains("| us-west-2 | `sc-us-west-2` | **PASS** | **FAIL** | **SKIPPED** | **SKIPPED** |"))
        #expect(markdown.contains("> Kept: stack `sc-us-west-2` in us-west-2 (--keep-on-failure)."))
        let json = LifecycleJSONRenderer.render(report)
        #expect(json.hasPrefix("{\n  \"schemaVersion\": 1,\n  \"spec\": \"t.yml\",\n  \"status\": \"FAIL\""))
    }
}
