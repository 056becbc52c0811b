/// The answer of one drift run: what was found, what was looked at, and what it means.
public enum DriftStatus: String, Sendable, Equatable {
    case inSync = "IN_SYNC"
    case drifted = "DRIFTED"
    case inconclusive = "INCONCLUSIVE"

    /// In sync 0, drifted 1, inconclusive 3 (2 is for runs that never decide).
    public var exitClass: ExitClass {
        switch self {
        case .inSync: .success
        case .drifted: .findings
        case .inconclusive: .inconclusive
        }
    }

    public var exitCode: Int32 { exitClass.code }
}

public struct DriftReport: Sendable, Equatable {
    public static let schemaVersion = 1

    public var stack: String
    public var findings: [Finding]
    public var coverage: [CoverageEntry]
    /// Why the run could not reach an answer for everything (throttled, out of time); empty otherwise.
    public var inconclusiveReasons: [String]
    /// Lines the user must see whatever the status (expired acceptances, unsupported checks).
    public var notes: [String]
    /// The stack's region, for reports that cover stacks in several.
    public var region: String?

    public init(
        stack: String, findings: [Finding], coverage: [CoverageEntry], inconclusiveReasons: [String] = [],
        notes: [String] = [], region: String? = nil
    ) {
        self.stack = stack
        self.region = region
        self.findings = findings
        self.coverage = coverage
        self.inconclusiveReasons = inconclusiveReasons
        self.notes = notes
    }

    /// Drift found is an answer even when other calls were throttled; otherwise throttling or a
    /// deadline leaves the run inconclusive, never in sync.
    public var status: DriftStatus {
        if findings.contains(where: { !$0.isAccepted }) { return .drifted }
        if !inconclusiveReasons.isEmpty { return .inconclusive }
        return .inSync
    }

    public var failing: [Finding] { findings.filter { !$0.isAccepted } }
    public var accepted: [Finding] { findings.filter(\.isAccepted) }

    public func count(_ state: String) -> Int { coverage.filter { $0.state.name == state }.count }
}
