import Template

extension NormalizationRule {
    /// Rule 2: `{"Fn::GetAtt": "A.B"}` equals `{"Fn::GetAtt": ["A", "B"]}`.
    ///
    /// The string is split at its first dot, as CloudFormation does (`A.B.C` is `["A", "B.C"]`:
    /// attribute names such as `Endpoint.Address` hold dots, logical IDs never do). Both parts keep
    /// the string's mark.
    public static let getAttDottedString = NormalizationRule(
        name: "getatt-string",
        summary: "Fn::GetAtt \"A.B\" equals [\"A\", \"B\"] (split at the first dot)",
        rewrite: { node, _ in
            guard let (name, argument) = node.intrinsic, name == "Fn::GetAtt",
                let text = argument.stringValue, let dot = text.firstIndex(of: ".")
            else { return node }
            let parts = [String(text[..<dot]), String(text[text.index(after: dot)...])]
            let list = Node.list(parts.map { Node.string($0, mark: argument.mark) }, mark: argument.mark)
            return node.replacingIntrinsicArgument(with: list)
        })
}
