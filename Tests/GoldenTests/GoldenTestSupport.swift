import Foundation
import StackCheckTestSupport
import Template

/// The checked-in goldens and scratch directories for tests that record.
enum Goldens {
    static let directory = TestData.packageRoot.appendingPathComponent("Golden")
    static let json = directory.appendingPathComponent("template.json").path
    static let yaml = directory.appendingPathComponent("template.yaml").path
    static let both = [json, yaml]

    /// A fresh empty directory, removed by the caller's `defer`.
    static func scratchDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "stackcheck-golden-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

extension Node {
    /// This node with the value at `tokens` (a JSON Pointer's tokens) replaced.
    func replacing(_ tokens: [String], with replacement: Node) -> Node {
        guard let first = tokens.first else { return replacement }
        var copy = self
        switch value {
        case .mapping(var mapping):
            mapping[first] = mapping[first]!.replacing(Array(tokens.dropFirst()), with: replacement)
            copy.value = .mapping(mapping)
        case .list(var items):
            let index = Int(first)!
            items[index] = items[index].replacing(Array(tokens.dropFirst()), with: replacement)
            copy.value = .list(items)
        default:
            preconditionFailure("no child \(first) in a scalar")
        }
        return copy
    }
}
