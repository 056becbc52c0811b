import AWS
import Live

/// The clients of a fleet run: one per region, profile and role (stacks that share all three share a
/// client and its cached credentials), and each stack's slot for the run's `FleetLimits`.
struct FleetClients {
    let aws: AWSOptions
    let deadline: Duration?
    private var clients: [String: AWSClient] = [:]

    init(aws: AWSOptions, deadline: Duration?) {
        self.aws = aws
        self.deadline = deadline
    }

    /// The client for `stack`: its region and profile (else the run's), its `roleArn` assumed with the
    /// profile's credentials.
    mutating func client(for stack: FleetStack) throws -> AWSClient {
        let key = [stack.region, stack.profile, stack.roleArn].map { $0 ?? "" }.joined(separator: "\u{0}")
        if let known = clients[key] { return known }
        var scoped = aws
        scoped.region = stack.region ?? aws.region
        scoped.profile = stack.profile ?? aws.profile
        let client =
            if let roleArn = stack.roleArn {
                try scoped.makeClient(deadline: deadline, assuming: roleArn, origin: "stacks file: stack \(stack.name)")
            } else {
                try scoped.makeClient(deadline: deadline)
            }
        clients[key] = client
        return client
    }

    /// Where `stack`'s calls land (its client's region and its account), for the limits.
    func slot(for stack: FleetStack, client: AWSClient) -> FleetSlot {
        FleetSlot(stack, region: client.region, profile: aws.profile)
    }
}
