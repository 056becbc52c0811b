import Template

extension NormalizationRule {
    /// Values the service fills in: a mapping key only the right side (the live resource) has is a
    /// default or computed field the template leaves to the service, not a difference.
    ///
    /// Part of the `live` profile that drift compares under; a template-vs-template diff does not use
    /// it, since there an added key is a real change.
    public static let serviceDefaults = NormalizationRule(
        name: "service-defaults",
        summary: "keys only the live resource has are values the service fills in, not differences",
        ignoresKeysOnlyOnRight: true)
}
