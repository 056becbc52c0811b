import Foundation
import Findings
import StackCheckTestSupport
import Template
import TemplateDiff

/// The shared test templates, and their JSON/YAML twins (same path but for the extension).
enum TwinPairs {
    static var base: URL? { TestDataRoot.templates }

    /// `(name, json, yaml)` with `name` relative to the templates folder, without extension, sorted.
    static func all(_ templates: [URL]) -> [(name: String, json: URL, yaml: URL)] {
        guard let base else { return [] }
        var byName: [String: (json: URL?, yaml: URL?)] = [:]
        for url in templates {
            let name = String(url.deletingPathExtension().path.dropFirst(base.path.count + 1))
            if url.pathExtension == "json" {
                byName[name, default: (nil, nil)].json = url
            } else {
                byName[name, default: (nil, nil)].yaml = url
            }
        }
        return byName.compactMap { name, pair in
            guard let json = pair.json, let yaml = pair.yaml else { return nil }
            return (name, json, yaml)
        }.sorted { $0.name < $1.name }
    }

    static func summary(_ differences: [Difference]) -> [String] {
        differences.map { "\($0.kind.rawValue) \($0.path)" }
    }
}

enum TestDataRoot {
    static var templates: URL? { TestData.root?.appendingPathComponent("aws-cloudformation-templates") }
}
