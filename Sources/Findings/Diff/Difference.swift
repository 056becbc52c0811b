import Template

/// One place where two templates differ, after normalization under a profile.
///
/// `path` is an RFC 6901 JSON Pointer into the long form. For list elements, a removed or changed
/// element is addressed by its index on the left, an added one by its index on the right, so each
/// path can be looked up in the file that holds the value.
public struct Difference: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case added, removed, changed
    }

    public var kind: Kind
    public var path: String
    /// The value on the left (nil when added); its mark is where it was read.
    public var left: Node?
    /// The value on the right (nil when removed).
    public var right: Node?

    public init(kind: Kind, path: String, left: Node?, right: Node?) {
        self.kind = kind
        self.path = path
        self.left = left
        self.right = right
    }

    /// The pointer's reference tokens, unescaped (`/a~1b/c` -> `["a/b", "c"]`).
    public var pathTokens: [String] { JSONPointer.tokens(path) }
}
