import Template

/// Anything that can stand in a template: literals, intrinsic functions, property structs.
///
/// Every typed piece of the stack ends as a `Node`, so the stack is written in Swift and emitted by the
/// shared writers; nothing here formats JSON or YAML itself.
public protocol TemplateValue: Sendable {
    var node: Node { get }
}

extension Node: TemplateValue {
    public var node: Node { self }
}

extension Int: TemplateValue {
    public var node: Node { .number(String(self)) }
}

extension Bool: TemplateValue {
    public var node: Node { .bool(self) }
}

extension String: TemplateValue {
    public var node: Node { .string(self) }
}

extension Array: TemplateValue where Element: TemplateValue {
    // A closure, not `\.node`: a key path in a generic context is built anew at every call.
    public var node: Node { .list(map { $0.node }) }

    /// The list, or nil when empty: an empty optional list leaves no key (see `Properties`).
    var nonEmpty: Self? { isEmpty ? nil : self }
}

/// A closed set of CloudFormation string constants (`FARGATE`, `awsvpc`, `tcp`): the compiler rejects
/// a misspelt one, where a plain string would only fail at deploy time.
public protocol TemplateConstant: TemplateValue, RawRepresentable where RawValue == String {}

extension TemplateConstant {
    public var node: Node { .string(rawValue) }
}
