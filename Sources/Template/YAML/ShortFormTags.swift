/// CloudFormation's short-form YAML tags and the long-form keys they stand for.
enum ShortFormTags {
    /// Every intrinsic function and condition function CloudFormation accepts in short form.
    static let functions: Set<String> = [
        "And", "Base64", "Cidr", "Equals", "FindInMap", "GetAtt", "GetAZs", "If", "ImportValue", "Join",
        "Length", "Not", "Or", "Select", "Split", "Sub", "ToJsonString", "Transform", "Contains", "EachMemberEquals",
        "EachMemberIn", "RefAll", "ValueOf", "ValueOfAll", "ForEach", "Implies",
    ]

    /// `!Ref` and `!Condition` keep their name; every other `!X` becomes `Fn::X`.
    static func longKey(forTagName name: String) -> String {
        name == "Ref" || name == "Condition" ? name : "Fn::" + name
    }

    static func isKnown(tagName name: String) -> Bool {
        name == "Ref" || name == "Condition" || functions.contains(name)
    }

    /// The tag name for a long-form key, when the writer may use the short form for it.
    static func tagName(forKey key: String) -> String? {
        if key == "Ref" || key == "Condition" { return key }
        guard key.hasPrefix("Fn::") else { return nil }
        let name = String(key.dropFirst(4))
        return functions.contains(name) ? name : nil
    }
}
