import Template

extension NormalizationRule {
    /// Rule 7: the order of a mapping's keys never matters; list order still does everywhere else.
    ///
    /// Mappings are always compared key by key; without this rule (the `strict` profile) a mapping
    /// whose common keys come in another order is also reported, as one `changed` difference at the
    /// mapping's path whose values are the two key lists.
    public static let mappingOrderIgnored = NormalizationRule(
        name: "mapping-order",
        summary: "mapping key order never matters; list order matters everywhere else",
        ignoresMappingOrder: true)
}
