/// The result of `stackcheck smoke`: one check per probe (`stack-status`, `alb-dns`, `running-count:<service>`,
/// `target-health:<target group>`), each PASS, FAIL or INCONCLUSIVE with a one-line detail.
public struct ProbeReport: Sendable, Equatable {
    public var stack: String
    public var checks: [ProbeCheck]
    /// How long the probes ran, all polls included.
    public var seconds: Double?

    public init(stack: String, checks: [ProbeCheck], seconds: Double? = nil) {
        self.stack = stack
        self.checks = checks
        self.seconds = seconds
    }

    /// FAIL when any check failed, else INCONCLUSIVE when any could not be decided, else PASS.
    public var status: ProbeCheck.Status {
        if checks.contains(where: { $0.status == .fail }) { return .fail }
        if checks.contains(where: { $0.status == .inconclusive }) { return .inconclusive }
        return .pass
    }

    /// Pass 0, fail 1, inconclusive 3.
    public var exitClass: ExitClass {
        switch status {
        case .pass: .success
        case .fail: .findings
        case .inconclusive: .inconclusive
        }
    }

    public var exitCode: Int32 { exitClass.code }
}

public struct ProbeCheck: Sendable, Equatable {
    public enum Status: String, Sendable, Equatable {
        case pass = "PASS"
        case fail = "FAIL"
        case inconclusive = "INCONCLUSIVE"
    }

    public var name: String
    public var status: Status
    public var detail: String
    /// Why it failed, looked up after the last pass (a service's events, its stopped tasks' reasons).
    public var diagnostics: [String]

    public init(name: String, status: Status, detail: String, diagnostics: [String] = []) {
        self.name = name
        self.status = status
        self.detail = detail
        self.diagnostics = diagnostics
    }
}
