/// An ordered mapping with string keys. Order is kept for writing; lookups are by key.
///
/// Entries are a plain array: most template mappings are small, and readers reject duplicate keys, so
/// a linear lookup is cheap there; large ones (Resources) are indexed by callers that need it.
public struct Mapping: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var key: String
        public var value: Node
        public var keyMark: SourceMark?

        // No initializer in here: the public ones (below) call the memberwise one, `init(key:value:keyMark:)`,
        // which makes the entry in one step. A written one stored each property into a temporary that the
        // optimizer then copied (retaining the key, mark and value) and released, for every entry read.

        public static func == (lhs: Entry, rhs: Entry) -> Bool { lhs.key == rhs.key && lhs.value == rhs.value }
    }

    public var entries: [Entry]

    public init(_ entries: [Entry] = []) { self.entries = entries }

    public init(_ pairs: KeyValuePairs<String, Node>) {
        self.entries = pairs.map { Entry(key: $0.key, value: $0.value) }
    }

    public var keys: [String] { entries.map(\.key) }
    public var count: Int { entries.count }
    public var isEmpty: Bool { entries.isEmpty }

    public subscript(key: String) -> Node? {
        get { entries.first(where: { $0.key == key })?.value }
        set {
            if let index = entries.firstIndex(where: { $0.key == key }) {
                if let newValue { entries[index].value = newValue } else { entries.remove(at: index) }
            } else if let newValue {
                entries.append(Entry(key: key, value: newValue))
            }
        }
    }

    public func entry(_ key: String) -> Entry? { entries.first(where: { $0.key == key }) }

    /// Same keys in the same order with equal values (marks ignored), compared in place: see `Value ==`.
    public static func == (lhs: Mapping, rhs: Mapping) -> Bool {
        guard lhs.entries.count == rhs.entries.count else { return false }
        return lhs.entries.withUnsafeBufferPointer { x in
            rhs.entries.withUnsafeBufferPointer { y in
                if x.baseAddress == y.baseAddress { return true }
                for i in x.indices where x[i].key != y[i].key || x[i].value.value != y[i].value.value {
                    return false
                }
                return true
            }
        }
    }
}

extension Mapping.Entry {
    public init(key: String, value: Node) { self.init(key: key, value: value, keyMark: nil) }

    public init(key: String, keyMark: SourceMark?, value: Node) { self.init(key: key, value: value, keyMark: keyMark) }
}
