import StackCheckTestSupport
import Testing

/// cfn-lint (installed by scripts/setup, which scripts/test runs) finds nothing in either golden,
/// informational findings included.
@Suite struct CfnLintTests {
    @Test(.enabled(if: Tool.isInstalled("cfn-lint"), "cfn-lint is not installed: run scripts/setup"))
    func goldensLintClean() async throws {
        let result = try await Tool.run("cfn-lint", ["--include-checks", "I", "--", Goldens.json, Goldens.yaml])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout == "")
    }
}
