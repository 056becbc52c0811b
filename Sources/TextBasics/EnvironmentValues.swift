#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Named variables of the process environment, each read with getenv(3). `ProcessInfo.processInfo.environment`
/// builds a dictionary of every variable, decoding and hashing each, at every use (0.4 M instructions a call,
/// a drift of the reference stack made three), where these callers want two to four names.
public enum EnvironmentValues {
    /// The variables of `names` that are set, by name.
    public static func named(_ names: [String]) -> [String: String] {
        var values: [String: String] = [:]
        for name in names {
            if let value = getenv(name) { values[name] = String(cString: value) }
        }
        return values
    }
}
