import TextBasics

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What the standard streams are attached to, so text reports colour only for people, never for pipes,
/// CI logs that ask not to (`NO_COLOR`), or dumb terminals.
public enum Terminal {
    /// Whether standard output is a terminal.
    public static var isInteractive: Bool { isatty(STDOUT_FILENO) == 1 }

    /// Whether standard error is a terminal.
    public static var isErrorInteractive: Bool { isatty(STDERR_FILENO) == 1 }

    /// Whether to colour output written to a stream that is (or is not) a terminal, under `environment`.
    /// `NO_COLOR` (any value) turns colour off; `FORCE_COLOR` or `CLICOLOR_FORCE` turn it on.
    public static func usesColor(
        interactive: Bool = isInteractive,
        environment: [String: String] = EnvironmentValues.named(["NO_COLOR", "FORCE_COLOR", "CLICOLOR_FORCE", "TERM"])
    ) -> Bool {
        if environment["NO_COLOR"].map({ !$0.isEmpty }) == true { return false }
        if let force = environment["FORCE_COLOR"] ?? environment["CLICOLOR_FORCE"], !force.isEmpty, force != "0" {
            return true
        }
        return interactive && environment["TERM"] != "dumb"
    }
}

/// ANSI styling that is a no-op when colour is off, so renderers never branch on it.
public struct TextStyle: Sendable {
    public var enabled: Bool

    public init(enabled: Bool) { self.enabled = enabled }

    public static let plain = TextStyle(enabled: false)

    public func red(_ text: String) -> String { wrap(text, "31") }
    public func green(_ text: String) -> String { wrap(text, "32") }
    public func yellow(_ text: String) -> String { wrap(text, "33") }
    public func dim(_ text: String) -> String { wrap(text, "2") }
    public func bold(_ text: String) -> String { wrap(text, "1") }

    private func wrap(_ text: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
