/// One value of a template in long form, with the place it was read from.
///
/// Equality compares values only, never marks: two templates read from different files are equal
/// when they hold the same values (the `strict` notion; `cfn` equivalence lives in TemplateDiff).
public struct Node: Sendable, Equatable {
    public var value: Value
    public var mark: SourceMark?

    public init(_ value: Value, mark: SourceMark? = nil) {
        self.value = value
        self.mark = mark
    }

    public static func == (lhs: Node, rhs: Node) -> Bool { lhs.value == rhs.value }
}

/// A template value. Scalars keep their kind; numbers keep their exact text (`012345678901`, `1.0`).
public enum Value: Sendable, Equatable {
    case null
    case bool(Bool)
    /// The number's text as written: never reformatted, so a leading zero or trailing `.0` survives.
    case number(String)
    case string(String)
    case list([Node])
    case mapping(Mapping)

    /// Written out rather than synthesized so that lists are compared in place, element by element, with
    /// no copy (and reference counting) of each: `roundtrip` compares whole trees.
    public static func == (lhs: Value, rhs: Value) -> Bool {
        switch lhs {
        case .null: if case .null = rhs { return true }
        case .bool(let a): if case .bool(let b) = rhs { return a == b }
        case .number(let a): if case .number(let b) = rhs { return a == b }
        case .string(let a): if case .string(let b) = rhs { return a == b }
        case .list(let a): if case .list(let b) = rhs { return Node.sameValues(a, b) }
        case .mapping(let a): if case .mapping(let b) = rhs { return a == b }
        }
        return false
    }
}

extension Node {
    /// Whether two lists hold equal values in the same order (marks ignored, as in `==`).
    static func sameValues(_ a: [Node], _ b: [Node]) -> Bool {
        guard a.count == b.count else { return false }
        return a.withUnsafeBufferPointer { x in
            b.withUnsafeBufferPointer { y in
                if x.baseAddress == y.baseAddress { return true }
                for i in x.indices where x[i].value != y[i].value {
                    return false
                }
                return true
            }
        }
    }
}

extension Node {
    public static func string(_ text: String, mark: SourceMark? = nil) -> Node { Node(.string(text), mark: mark) }
    public static func number(_ text: String, mark: SourceMark? = nil) -> Node { Node(.number(text), mark: mark) }
    public static func bool(_ flag: Bool, mark: SourceMark? = nil) -> Node { Node(.bool(flag), mark: mark) }
    public static var null: Node { Node(.null) }
    public static func list(_ items: [Node], mark: SourceMark? = nil) -> Node { Node(.list(items), mark: mark) }
    public static func mapping(_ mapping: Mapping, mark: SourceMark? = nil) -> Node { Node(.mapping(mapping), mark: mark) }

    public var mappingValue: Mapping? {
        if case .mapping(let m) = value { return m }
        return nil
    }
    public var listValue: [Node]? {
        if case .list(let l) = value { return l }
        return nil
    }
    public var stringValue: String? {
        if case .string(let s) = value { return s }
        return nil
    }

    /// The child at `key` when this node is a mapping.
    public subscript(key: String) -> Node? { mappingValue?[key] }
}
