import Findings
import Golden
import Template
import TemplateDiff
import Testing

/// Swift Testing's golden assertion: records an issue at the caller with the golden failure message.
///
///     assertGolden(BatchProcessingStack.template, at: golden("template.json"))
///
/// The record mode comes from `GoldenSettings.$record` or `STACKCHECK_RECORD`; see `GoldenAssertion`.
public func assertGolden(
    _ value: Node, at path: String, format: TemplateFormat? = nil, profile: EquivalenceProfile = .strict,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    if let message = GoldenAssertion.check(value, at: path, format: format, profile: profile) {
        Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
    }
}
