import Foundation

/// Locates the shared test data (`../shared/testdata` beside the checkout, or `STACKCHECK_TESTDATA`).
/// Test data is read in place, never copied into the project.
public enum TestData {
    /// The package root, found from this source file's path.
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The test data folder, or nil when it is absent (tests then skip with `missingMessage`).
    public static var root: URL? {
        if let env = ProcessInfo.processInfo.environment["STACKCHECK_TESTDATA"], !env.isEmpty {
            return URL(fileURLWithPath: env)
        }
        let beside = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/testdata")
        return FileManager.default.fileExists(atPath: beside.path) ? beside : nil
    }

    public static let missingMessage =
        "shared test data not found: set STACKCHECK_TESTDATA or check out beside ../shared/testdata"

    /// Every template file (.json, .yaml, .yml) under aws-cloudformation-templates, sorted.
    public static func templates() -> [URL] {
        guard let base = root?.appendingPathComponent("aws-cloudformation-templates") else { return [] }
        let found = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }
            .filter { ["json", "yaml", "yml"].contains($0.pathExtension) } ?? []
        return found.sorted { $0.path < $1.path }
    }
}
