import ArgumentParser
import Live

/// Every duration option of the command line (`--timeout`, `--every`): `0`, `500ms`, `45s`, `10m`,
/// `1h30m`, `2d`. Parsed with `transform: DurationArgument.parse`, so a bad value says what a duration
/// looks like instead of only that it is invalid.
struct DurationArgument: Sendable, Equatable, CustomStringConvertible {
    var duration: Duration

    init(_ duration: Duration) { self.duration = duration }

    static func parse(_ text: String) throws -> DurationArgument {
        guard let duration = DurationText.parse(text) else { throw DurationArgumentError() }
        return DurationArgument(duration)
    }

    var description: String { DurationText.format(duration) }
}

/// ArgumentParser prefixes it with the value and the option: "The value 'soon' is invalid for
/// '--timeout <timeout>': a duration is ...".
struct DurationArgumentError: Error, CustomStringConvertible {
    var description: String { "a duration is a number and a unit, such as 90s, 10m, 1h30m or 500ms (0 is none)" }
}

extension Option where Value == DurationArgument {
    /// A duration option with a default, shown in its help as a duration (`(default: 10m)`).
    init(wrappedValue: DurationArgument, help: String) {
        self.init(
            wrappedValue: wrappedValue, help: ArgumentHelp("\(help) (default: \(wrappedValue))"),
            transform: DurationArgument.parse)
    }
}

/// `watch --jitter`: a duration (`30s`) or a share of the interval (`10%`).
enum JitterArgument: Sendable, Equatable {
    case duration(Duration)
    case share(Double)

    static func parse(_ text: String) throws -> JitterArgument {
        if text.hasSuffix("%") {
            guard let share = Double(text.dropLast()), (0...100).contains(share) else { throw JitterArgumentError() }
            return .share(share / 100)
        }
        guard let duration = DurationText.parse(text) else { throw JitterArgumentError() }
        return .duration(duration)
    }

    func duration(every: Duration) -> Duration {
        switch self {
        case .duration(let duration): duration
        case .share(let share): every * share
        }
    }
}

struct JitterArgumentError: Error, CustomStringConvertible {
    var description: String { "jitter is a duration (30s) or a percentage of --every from 0% to 100% (10%)" }
}
