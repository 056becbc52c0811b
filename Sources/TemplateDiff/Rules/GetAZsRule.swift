import Template

extension NormalizationRule {
    /// Rule 3: `Fn::GetAZs` of null, `""` and `{"Ref": "AWS::Region"}` all mean the stack's region.
    ///
    /// All three become `""`, keeping the argument's mark.
    public static let getAZsCurrentRegion = NormalizationRule(
        name: "getazs-region",
        summary: "Fn::GetAZs of null, \"\" and {\"Ref\": \"AWS::Region\"} are equal",
        rewrite: { node, _ in
            guard let (name, argument) = node.intrinsic, name == "Fn::GetAZs" else { return node }
            let meansCurrentRegion: Bool
            switch argument.value {
            case .null: meansCurrentRegion = true
            case .string(let text): meansCurrentRegion = text.isEmpty
            case .mapping:
                meansCurrentRegion =
                    argument.intrinsic.map { $0.name == "Ref" && $0.argument.stringValue == "AWS::Region" }
                    ?? false
            default: meansCurrentRegion = false
            }
            guard meansCurrentRegion, argument.stringValue == nil else { return node }
            return node.replacingIntrinsicArgument(with: .string("", mark: argument.mark))
        })
}
