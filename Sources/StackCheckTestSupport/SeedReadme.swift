import Foundation

/// The seed README (`../shared/seed/ecs-batch-processing-README.md`), read at test time so that its
/// commands are run exactly as written there, never as a copy that could drift from it.
public struct SeedReadme: Sendable {
    public let text: String

    /// The README beside the shared test data, or nil when it is absent (tests skip with `missingMessage`).
    public static func load() -> SeedReadme? {
        guard let root = TestData.root else { return nil }
        let url = root.deletingLastPathComponent().appendingPathComponent("seed/ecs-batch-processing-README.md")
        return (try? String(contentsOf: url, encoding: .utf8)).map(SeedReadme.init(text:))
    }

    public static let missingMessage = "seed README not found beside the shared test data (../shared/seed)"

    /// The fenced bash blocks, in order.
    public var bashBlocks: [String] {
        var blocks: [String] = []
        var current: [Substring]?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == nil, line.hasPrefix("```bash") {
                current = []
            } else if current != nil, line.hasPrefix("```") {
                blocks.append(current!.joined(separator: "\n"))
                current = nil
            } else {
                current?.append(line)
            }
        }
        return blocks
    }

    /// The first bash block containing `marker`.
    public func block(containing marker: String) -> String? { bashBlocks.first { $0.contains(marker) } }

    /// The `ParameterValue` the README's create-stack command gives `key`, with bash's `\\,` unescaped.
    public func parameterValue(_ key: String) -> String? {
        guard let range = text.range(of: "ParameterKey=\(key),ParameterValue=") else { return nil }
        let value = text[range.upperBound...].prefix { !$0.isWhitespace }
        return value.replacingOccurrences(of: "\\\\,", with: ",")
    }
}
