/// A stack the run could not decide about, as a page section with status ERROR: drift and smoke pages
/// both show it, so a stack never drops silently out of a report.
public struct HTMLStackFailure: Sendable {
    public var stack: String
    public var message: String

    public init(stack: String, message: String) {
        self.stack = stack
        self.message = message
    }

    var section: String {
        "<section class=\"stack\" \(HTMLText.attribute("data-stack", stack)) data-status=\"ERROR\">"
            + "<h2>\(HTMLText.escape(stack)) <span class=\"badge\">ERROR</span></h2>"
            + "<p class=\"error\">\(HTMLText.escape(message))</p></section>\n"
    }
}
