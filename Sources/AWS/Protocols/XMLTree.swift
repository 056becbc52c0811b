import FoundationEssentials
import TextBasics

/// A parsed XML element: just enough of XML for AWS query-protocol responses (no mixed content, no
/// namespaces beyond the names as written). Typed results are read out of it with the accessors below.
public struct XMLTree: Sendable, Equatable {
    public var name: String
    public var attributes: [String: String]
    public var children: [XMLTree]
    /// The element's own text, with surrounding whitespace kept as sent.
    public var text: String

    public init(name: String, attributes: [String: String] = [:], children: [XMLTree] = [], text: String = "") {
        self.name = name
        self.attributes = attributes
        self.children = children
        self.text = text
    }

    /// The first child called `name`.
    public subscript(_ name: String) -> XMLTree? {
        children.first { $0.name == name }
    }

    /// Follows a path of child names: `tree.at("DescribeStacksResult", "Stacks")`.
    public func at(_ path: String...) -> XMLTree? {
        var node: XMLTree? = self
        for name in path { node = node?[name] }
        return node
    }

    /// Every child called `name`.
    public func all(_ name: String) -> [XMLTree] {
        children.filter { $0.name == name }
    }

    /// The items of an AWS list: `<Stacks><member>..</member><member>..</member></Stacks>` (or `<item>` in EC2).
    public var members: [XMLTree] {
        children.filter { $0.name == "member" || $0.name == "item" }
    }

    /// The text of child `name`, or nil when absent. Whitespace around the text is trimmed.
    public func string(_ name: String) -> String? {
        self[name].map { $0.text.trimmed() }
    }

    public func int(_ name: String) -> Int? { string(name).flatMap { Int($0) } }

    public func bool(_ name: String) -> Bool? {
        string(name).flatMap {
            switch $0.lowercased() {
            case "true": true
            case "false": false
            default: nil
            }
        }
    }

    /// The items of list child `name`, each read by `item`: `result.list("Stacks", Stack.init)`.
    public func list<Item>(_ name: String, _ item: (XMLTree) -> Item) -> [Item] {
        (self[name]?.members ?? []).map(item)
    }

    /// The texts of a list child: `<Capabilities><member>A</member></Capabilities>` -> ["A"].
    public func strings(_ name: String) -> [String] {
        (self[name]?.members ?? []).map { $0.text.trimmed() }
    }

    /// The first element called `name` anywhere below (depth first), for error envelopes whose nesting varies.
    public func first(named name: String) -> XMLTree? {
        for child in children {
            if child.name == name { return child }
            if let found = child.first(named: name) { return found }
        }
        return nil
    }
}
