/// The result of `stackcheck test`: per region, a throwaway stack through `deploy`, `smoke`, `drift`
/// and `delete`, each phase with a status, a one-line detail and the lines that explain it.
public struct LifecycleReport: Sendable, Equatable {
    public static let schemaVersion = 1

    public var spec: String
    public var regions: [LifecycleRegion]
    /// Set when SIGINT/SIGTERM cut the run short (the stacks were still cleaned up, or kept).
    public var interrupted: Bool

    public init(spec: String, regions: [LifecycleRegion], interrupted: Bool = false) {
        self.spec = spec
        self.regions = regions
        self.interrupted = interrupted
    }

    /// The worst phase's: an error (2) outranks a failure (1), which outranks inconclusive (3).
    public var exitCode: Int32 { LifecyclePhase.Status.worst(regions.flatMap(\.phases).map(\.status)).exitCode }

    public var status: LifecyclePhase.Status { LifecyclePhase.Status.worst(regions.flatMap(\.phases).map(\.status)) }

    /// Stacks left in place by `--keep-on-failure`.
    public var kept: [LifecycleRegion] { regions.filter(\.kept) }
}

public struct LifecycleRegion: Sendable, Equatable {
    public var region: String
    public var stack: String
    public var phases: [LifecyclePhase]
    /// The stack was left in place (`--keep-on-failure`).
    public var kept: Bool
    /// What the delete leaves behind, from the stack's parameters (ECR images, the bucket, the secret).
    public var notes: [String]

    public init(region: String, stack: String, phases: [LifecyclePhase], kept: Bool = false, notes: [String] = []) {
        self.region = region
        self.stack = stack
        self.phases = phases
        self.kept = kept
        self.notes = notes
    }

    public var status: LifecyclePhase.Status { LifecyclePhase.Status.worst(phases.map(\.status)) }
}

public struct LifecyclePhase: Sendable, Equatable {
    public enum Status: String, Sendable, Equatable {
        case pass = "PASS"
        case fail = "FAIL"
        case error = "ERROR"
        case inconclusive = "INCONCLUSIVE"
        /// Not run: an earlier phase failed, or the run was interrupted.
        case skipped = "SKIPPED"

        public var exitClass: ExitClass {
            switch self {
            case .pass, .skipped: .success
            case .fail: .findings
            case .error: .undecided
            case .inconclusive: .inconclusive
            }
        }

        public var exitCode: Int32 { exitClass.code }

        /// The status of several phases, ranked as `ExitClass.worst` ranks their exit classes.
        static func worst(_ statuses: [Status]) -> Status {
            switch ExitClass.worst(statuses.map(\.exitClass)) {
            case .undecided: .error
            case .findings: .fail
            case .inconclusive: .inconclusive
            case .success: .pass
            }
        }
    }

    /// `deploy`, `smoke`, `drift` or `delete`.
    public var name: String
    public var status: Status
    public var detail: String
    /// The explanation: failing checks and their diagnostics, drift findings, failed resources.
    public var lines: [String]
    public var seconds: Double?

    public init(name: String, status: Status, detail: String, lines: [String] = [], seconds: Double? = nil) {
        self.name = name
        self.status = status
        self.detail = detail
        self.lines = lines
        self.seconds = seconds
    }
}
