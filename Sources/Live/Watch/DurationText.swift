import FoundationEssentials
import TextBasics

/// Durations as people write them on a command line: `90s`, `15m`, `1h30m`, `500ms`, `2d`.
public enum DurationText {
    public static func parse(_ text: String) -> Duration? {
        var rest = Substring(text.trimmed(.whitespaces))
        guard !rest.isEmpty else { return nil }
        var total = Duration.zero
        while !rest.isEmpty {
            let digits = rest.prefix { $0.isNumber || $0 == "." }
            guard let value = Double(digits), value >= 0 else { return nil }
            rest = rest.dropFirst(digits.count)
            let unit = rest.prefix { $0.isLetter }
            rest = rest.dropFirst(unit.count)
            let seconds: Double
            switch unit {
            case "ms": seconds = value / 1000
            case "s", "": seconds = value
            case "m": seconds = value * 60
            case "h": seconds = value * 3600
            case "d": seconds = value * 86400
            default: return nil
            }
            total += .milliseconds(Int64((seconds * 1000).rounded()))
        }
        return total
    }

    /// `15m`, `1h30m`, `2.5s`: the shortest text that parses back to the same duration.
    public static func format(_ duration: Duration) -> String {
        let millis = Int64(duration.secondsValue * 1000)
        if millis % 1000 != 0 { return millis < 1000 ? "\(millis)ms" : "\(Double(millis) / 1000)s" }
        var seconds = millis / 1000
        var out = ""
        for (unit, size) in [("d", Int64(86400)), ("h", 3600), ("m", 60)] where seconds >= size {
            out += "\(seconds / size)\(unit)"
            seconds %= size
        }
        if seconds > 0 || out.isEmpty { out += "\(seconds)s" }
        return out
    }
}

extension Duration {
    /// The duration in seconds, as a Double.
    var secondsValue: Double {
        let (whole, atto) = components
        return Double(whole) + Double(atto) / 1e18
    }
}
