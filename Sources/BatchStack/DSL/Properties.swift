import Template

/// The properties of a resource or property type, in the order they are set.
///
/// Each resource sets its keys in a fixed order, so the generated template reads the same way every
/// time; an absent optional leaves no key, rather than a null CloudFormation would reject.
public struct Properties: TemplateValue {
    public private(set) var mapping = Mapping()

    public init() {}

    public subscript(key: String) -> (any TemplateValue)? {
        get { mapping[key] }
        set {
            guard let newValue else { return }
            mapping[key] = newValue.node
        }
    }

    public var node: Node { .mapping(mapping) }
}

/// A `{Key, Value}` resource tag.
public struct Tag: TemplateValue {
    public var key: String
    public var value: Str

    public init(_ key: String, _ value: Str) {
        self.key = key
        self.value = value
    }

    public var node: Node { .mapping(Mapping(["Key": .string(key), "Value": value.node])) }
}

extension Properties: ExpressibleByDictionaryLiteral {
    /// Keys in the order written; a nil value leaves no key, as the subscript does. Lets a resource write its
    /// properties as one literal instead of a builder per type.
    public init(dictionaryLiteral elements: (String, (any TemplateValue)?)...) {
        self.init()
        for (key, value) in elements { self[key] = value }
    }
}
