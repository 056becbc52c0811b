/// A place inside every resource, written from the resource: `/Properties/Tags`,
/// `/Properties/ContainerDefinitions/*/Environment`, where `*` stands for any one key or index.
///
/// Rules that resource checkers declare are placed this way, so the same rule value applies to a
/// template under `diff` and to a template-shaped live resource under `drift`, which both compare
/// from `/Resources/<logical id>`.
public struct ResourcePath: Sendable, Hashable, ExpressibleByStringLiteral {
    public var tokens: [String]

    public init(_ pointer: String) {
        tokens = pointer.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map(String.init)
    }

    public init(stringLiteral pointer: String) { self.init(pointer) }

    /// The tokens of `context` past this place, or nil when the context is neither at nor under it.
    public func rest(of context: NodeContext) -> ArraySlice<String>? {
        let path = context.path
        guard path.count >= tokens.count + 2, path[0] == "Resources" else { return nil }
        for (token, actual) in zip(tokens, path.dropFirst(2)) where token != "*" && token != actual { return nil }
        return path.dropFirst(2 + tokens.count)
    }

    public func matches(_ context: NodeContext) -> Bool { rest(of: context)?.isEmpty == true }

    /// Where templates hold IAM policy documents (roles, policies, managed policies, KMS keys, buckets,
    /// queues, topics).
    public static let policyDocuments: [ResourcePath] = [
        "/Properties/AssumeRolePolicyDocument", "/Properties/PolicyDocument", "/Properties/Policies/*/PolicyDocument",
        "/Properties/KeyPolicy",
    ]

    var text: String { tokens.map { "/" + $0 }.joined() }
}

extension [ResourcePath] {
    func matches(_ context: NodeContext) -> Bool { contains { $0.matches(context) } }

    var text: String { map(\.text).joined(separator: ", ") }
}
