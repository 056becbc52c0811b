import Template

extension NormalizationRule {
    /// Rule 1: `!Ref X` equals `{"Ref": "X"}`, `!Sub s` equals `{"Fn::Sub": s}`, and so on.
    ///
    /// Nothing to do here: the template readers already produce the long form (DESIGN.md), so by the
    /// time two templates reach the differ a short-form tag and its long form are the same value.
    /// The rule is listed so the profile names all seven equivalences it promises.
    public static let shortFormIsLongForm = NormalizationRule(
        name: "short-form",
        summary: "short-form tags equal their long form (the readers produce the long form)")
}
