/// DESIGN.md's exit codes, the same for every command, and how several results add up to one.
public enum ExitClass: Int32, Sendable, Equatable, CaseIterable {
    /// Lossless, equivalent, in sync, passing.
    case success = 0
    /// Findings: not lossless, differs, drifted, failed.
    case findings = 1
    /// The run could not decide: usage, bad input, a missing stack, auth, configuration.
    case undecided = 2
    /// Throttled or out of time before an answer.
    case inconclusive = 3

    public var code: Int32 { rawValue }

    /// The class of a process exit code; codes outside the contract (a signal's 130) count as undecided.
    public init(code: Int32) { self = ExitClass(rawValue: code) ?? .undecided }

    /// An error outranks findings, findings outrank inconclusive, inconclusive outranks success: a run
    /// over many stacks is only as good as its worst stack, and an undecided one hides nothing.
    public static func worst(_ classes: some Sequence<ExitClass>) -> ExitClass {
        let present = Set(classes)
        return [.undecided, .findings, .inconclusive].first(where: present.contains) ?? .success
    }

    /// `worst` over raw exit codes, for results that carry theirs as numbers.
    public static func worst(codes: some Sequence<Int32>) -> Int32 { worst(codes.map(ExitClass.init(code:))).code }
}
