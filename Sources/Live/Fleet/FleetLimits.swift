import AWS

/// How many stacks of a fleet run are checked at once: in all, per region, and per account. Service
/// rate limits are per account and region, so a large fleet in one account must not take its whole
/// allowance while the other accounts wait.
public struct FleetLimits: Sendable, Equatable {
    public var total: Int
    public var perRegion: Int?
    public var perAccount: Int?

    public init(total: Int, perRegion: Int? = nil, perAccount: Int? = nil) {
        self.total = max(1, total)
        self.perRegion = perRegion.map { max(1, $0) }
        self.perAccount = perAccount.map { max(1, $0) }
    }
}

/// Where one stack's calls land, for the limits: its region and its account.
public struct FleetSlot: Sendable, Hashable {
    public var region: String
    /// The account of the entry's `roleArn` when it has one; else its profile (`profile:NAME`), which
    /// stands for one account as far as this run can tell without a call.
    public var account: String

    public init(region: String, account: String) {
        self.region = region
        self.account = account
    }

    /// The slot of `stack`, whose client resolved `region`; `profile` is the run's own (`--profile`).
    public init(_ stack: FleetStack, region: String, profile: String?) {
        let account = stack.roleArn.flatMap(Self.account(ofRoleArn:))
        self.init(region: region, account: account ?? "profile:\(stack.profile ?? profile ?? "default")")
    }

    /// `arn:PARTITION:iam::ACCOUNT:role/NAME` -> ACCOUNT.
    public static func account(ofRoleArn arn: String) -> String? {
        guard let account = ARN(arn)?.account, !account.isEmpty else { return nil }
        return account
    }
}
