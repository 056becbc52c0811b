import Foundation

/// The golden template with a few edits, written to a temporary file: what a team's own template adds (tags,
/// load balancer attributes, a bigger body) without a second copy of the golden in the repository.
///
///     let file = try TemplateVariant.golden { resources in
///         resources["ApplicationLoadBalancer", "Properties", "LoadBalancerAttributes"] = [["Key": "...", ...]]
///     }
public enum TemplateVariant {
    /// A JSON object tree that can be edited by path.
    public struct Tree {
        public var root: [String: Any]

        public subscript(_ path: String...) -> Any? {
            get { self[path] }
            set { self[path] = newValue }
        }

        public subscript(_ path: [String]) -> Any? {
            get { Self.get(root, path[...]) }
            set { root = Self.set(root, path[...], newValue) as! [String: Any] }
        }

        static func get(_ node: Any?, _ path: ArraySlice<String>) -> Any? {
            guard let key = path.first else { return node }
            return get((node as? [String: Any])?[key], path.dropFirst())
        }

        static func set(_ node: Any?, _ path: ArraySlice<String>, _ value: Any?) -> Any? {
            guard let key = path.first else { return value }
            var mapping = node as? [String: Any] ?? [:]
            mapping[key] = set(mapping[key], path.dropFirst(), value)
            return mapping
        }
    }

    /// Writes the edited golden to a new temporary file and returns it.
    public static func golden(_ edit: (inout Tree) -> Void) throws -> URL {
        let data = try Data(contentsOf: EmulatorStack.goldenTemplate)
        var tree = Tree(root: try JSONSerialization.jsonObject(with: data) as! [String: Any])
        edit(&tree)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent(
            "stackcheck-variant-\(UUID().uuidString.prefix(8)).json")
        try JSONSerialization.data(withJSONObject: tree.root, options: [.prettyPrinted, .sortedKeys]).write(to: file)
        return file
    }

    /// `[{"Key": k, "Value": v}]`, as Tags and attributes are written.
    public static func keyValues(_ pairs: KeyValuePairs<String, String>) -> [[String: String]] {
        pairs.map { ["Key": $0.key, "Value": $0.value] }
    }
}
