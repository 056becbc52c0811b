import Template
import TextBasics

/// The template's resources and what each depends on (`Ref`, `Fn::GetAtt`, `Fn::Sub` placeholders,
/// `DependsOn`), laid out in layers: a resource sits one layer right of the deepest thing it uses.
public struct DependencyGraph: Sendable, Equatable {
    public struct Vertex: Sendable, Equatable {
        public var logicalId: String
        public var type: String
        public var layer: Int
        /// Position within the layer, top to bottom.
        public var row: Int
    }

    public struct Edge: Sendable, Equatable, Hashable {
        /// The resource that uses `to`.
        public var from: String
        public var to: String
    }

    public var nodes: [Vertex]
    public var edges: [Edge]

    public init(template: Node) {
        let resources = template["Resources"]?.mappingValue?.entries ?? []
        let ids = Set(resources.map(\.key))
        var uses: [String: Set<String>] = [:]
        for entry in resources {
            var found = Set<String>()
            Self.references(in: entry.value["Properties"], into: &found)
            switch entry.value["DependsOn"]?.value {
            case .string(let name): found.insert(name)
            case .list(let names): found.formUnion(names.compactMap(\.stringValue))
            default: break
            }
            uses[entry.key] = found.intersection(ids).subtracting([entry.key])
        }
        var layers: [String: Int] = [:]
        func layer(_ id: String, _ visiting: Set<String>) -> Int {
            if let known = layers[id] { return known }
            // A cycle (which CloudFormation rejects) is cut where it closes.
            let deeper = (uses[id] ?? []).filter { !visiting.contains($0) }
            let value = deeper.map { layer($0, visiting.union([id])) + 1 }.max() ?? 0
            layers[id] = value
            return value
        }
        var rows: [Int: Int] = [:]
        nodes = resources.map { entry in
            let depth = layer(entry.key, [])
            defer { rows[depth, default: 0] += 1 }
            return Vertex(
                logicalId: entry.key, type: entry.value["Type"]?.stringValue ?? "", layer: depth,
                row: rows[depth, default: 0])
        }
        edges = resources.flatMap { entry in
            (uses[entry.key] ?? []).sorted().map { Edge(from: entry.key, to: $0) }
        }
    }

    /// Logical ids named by `Ref`, `Fn::GetAtt` (list or `A.B` form) and `${X}` / `${X.Attr}` in `Fn::Sub`.
    static func references(in node: Node?, into found: inout Set<String>) {
        guard let node else { return }
        switch node.value {
        case .mapping(let mapping):
            for entry in mapping.entries {
                switch entry.key {
                case "Ref":
                    if let name = entry.value.stringValue { found.insert(name) }
                case "Fn::GetAtt":
                    if let first = entry.value.listValue?.first?.stringValue {
                        found.insert(first)
                    } else if let text = entry.value.stringValue, let name = text.split(separator: ".").first {
                        found.insert(String(name))
                    }
                case "Fn::Sub":
                    let text = entry.value.stringValue ?? entry.value.listValue?.first?.stringValue ?? ""
                    placeholders(in: text, into: &found)
                default: break
                }
                references(in: entry.value, into: &found)
            }
        case .list(let items):
            for item in items { references(in: item, into: &found) }
        default:
            break
        }
    }

    static func placeholders(in text: String, into found: inout Set<String>) {
        var rest = Substring(text)
        while let open = rest.textRange(of: "${") {
            guard let close = rest[open.upperBound...].firstIndex(of: "}") else { return }
            let name = rest[open.upperBound..<close]
            if !name.hasPrefix("!"), let head = name.split(separator: ".").first { found.insert(String(head)) }
            rest = rest[rest.index(after: close)...]
        }
    }
}
