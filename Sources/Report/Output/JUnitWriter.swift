/// JUnit XML as CI systems (GitHub, GitLab, Jenkins) read it: one `<testsuites>` root, a suite per
/// group, a case per check; failed cases carry `<failure>`, not-checked ones `<skipped>`.
public struct JUnitCase: Sendable, Equatable {
    public enum Outcome: Sendable, Equatable {
        case passed
        case failed(message: String, detail: String)
        case skipped(message: String)
        case error(message: String, detail: String)
    }

    public var name: String
    public var className: String
    public var seconds: Double?
    public var outcome: Outcome

    public init(name: String, className: String, seconds: Double? = nil, outcome: Outcome) {
        self.name = name
        self.className = className
        self.seconds = seconds
        self.outcome = outcome
    }
}

public struct JUnitSuite: Sendable, Equatable {
    public var name: String
    public var cases: [JUnitCase]
    /// Suite-level properties (`stack`, `status`), written as `<properties>`.
    public var properties: [(String, String)]

    public init(name: String, cases: [JUnitCase], properties: [(String, String)] = []) {
        self.name = name
        self.cases = cases
        self.properties = properties
    }

    public static func == (lhs: JUnitSuite, rhs: JUnitSuite) -> Bool {
        lhs.name == rhs.name && lhs.cases == rhs.cases
            && lhs.properties.map { "\($0.0)=\($0.1)" } == rhs.properties.map { "\($0.0)=\($0.1)" }
    }
}

public enum JUnitWriter {
    /// The whole document, with an XML declaration and a trailing newline.
    public static func xml(name: String, suites: [JUnitSuite]) -> String {
        let all = suites.flatMap(\.cases)
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"\(escape(name))\" tests=\"\(all.count)\" failures=\"\(count(all, failures))\""
        out += " errors=\"\(count(all, errors))\" skipped=\"\(count(all, skips))\">\n"
        for suite in suites { out += suiteXML(suite) }
        return out + "</testsuites>\n"
    }

    private static func suiteXML(_ suite: JUnitSuite) -> String {
        let cases = suite.cases
        var out = "  <testsuite name=\"\(escape(suite.name))\" tests=\"\(cases.count)\""
        out += " failures=\"\(count(cases, failures))\" errors=\"\(count(cases, errors))\""
        out += " skipped=\"\(count(cases, skips))\">\n"
        if !suite.properties.isEmpty {
            out += "    <properties>\n"
            for (key, value) in suite.properties {
                out += "      <property name=\"\(escape(key))\" value=\"\(escape(value))\"/>\n"
            }
            out += "    </properties>\n"
        }
        for item in cases { out += caseXML(item) }
        return out + "  </testsuite>\n"
    }

    private static func caseXML(_ item: JUnitCase) -> String {
        var open = "    <testcase name=\"\(escape(item.name))\" classname=\"\(escape(item.className))\""
        if let seconds = item.seconds { open += " time=\"\(formatSeconds(seconds))\"" }
        switch item.outcome {
        case .passed:
            return open + "/>\n"
        case .skipped(let message):
            return open + ">\n      <skipped message=\"\(escape(message))\"/>\n    </testcase>\n"
        case .failed(let message, let detail):
            return open
                + ">\n      <failure message=\"\(escape(message))\">\(escape(detail))</failure>\n    </testcase>\n"
        case .error(let message, let detail):
            return open + ">\n      <error message=\"\(escape(message))\">\(escape(detail))</error>\n    </testcase>\n"
        }
    }

    private static func failures(_ outcome: JUnitCase.Outcome) -> Bool {
        if case .failed = outcome { return true }
        return false
    }
    private static func errors(_ outcome: JUnitCase.Outcome) -> Bool {
        if case .error = outcome { return true }
        return false
    }
    private static func skips(_ outcome: JUnitCase.Outcome) -> Bool {
        if case .skipped = outcome { return true }
        return false
    }
    private static func count(_ cases: [JUnitCase], _ matching: (JUnitCase.Outcome) -> Bool) -> Int {
        cases.filter { matching($0.outcome) }.count
    }

    private static func formatSeconds(_ seconds: Double) -> String {
        let millis = Int((seconds * 1000).rounded())
        let fraction = String(millis % 1000)
        return "\(millis / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }

    /// Escapes text for an attribute or element body; drops characters XML 1.0 cannot carry at all.
    public static func escape(_ text: String) -> String { HTMLText.escape(text, xml: true) }
}
