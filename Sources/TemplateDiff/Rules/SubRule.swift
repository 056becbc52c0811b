import Template

extension NormalizationRule {
    /// Rule 6: `{"Fn::Sub": "s"}` equals `{"Fn::Sub": ["s", {}]}`.
    ///
    /// The list form with an empty variable map becomes the plain string (not the other way round),
    /// so a difference in the text is reported at `.../Fn::Sub`, a path both files have.
    public static let subWithoutVariables = NormalizationRule(
        name: "sub-string",
        summary: "Fn::Sub of a string equals Fn::Sub of [string, {}]",
        rewrite: { node, _ in
            guard let (name, argument) = node.intrinsic, name == "Fn::Sub", let list = argument.listValue,
                list.count == 2, case .string = list[0].value, list[1].mappingValue?.isEmpty == true
            else { return node }
            return node.replacingIntrinsicArgument(with: list[0])
        })
}
