import AWS
import Foundation

/// The local AWS emulator (moto's server through `scripts/emulator/server.py`) on a free loopback port.
///
///     let emulator = try await Emulator.shared()          // one per test process; isolate by stack name
///     let own = try await Emulator.start(environment: ["MOTO_ECS_SERVICE_RUNNING": "2"])
///     CLI.run(["smoke", "--stack", name], environment: own.cliEnvironment)   // clientEnvironment for others
///     try await own.setRunningTasks(2)                     // POST /stackcheck/ecs-running
///     try await own.stopTasks(reason: "Essential container in task exited")   // POST /stackcheck/ecs-stop-tasks
///     let network = try await own.createNetwork()          // a VPC with 2 private + 2 public subnets
///     let stacks = try await own.client.cloudFormation.describeStacks()   // an AWSClient with fake keys
///     try await own.reset()                                // POST /moto-api/reset
///     own.stop()                                           // or let it go: deinit stops it
///
/// Tests that change emulator-wide state (running tasks, auth, reset) start their own; the rest share.
/// From a shell: `python3 scripts/emulator/server.py --port 0` prints
/// `stackcheck-emulator listening on http://127.0.0.1:PORT` when ready.
/// Python comes from `STACKCHECK_PYTHON`, else `python3` on PATH; `scripts/setup` installs moto, so a
/// missing moto is a failure with moto's own error text, never a skip.
public final class Emulator: Sendable {
    public let endpoint: URL
    public let region = Emulator.defaultRegion
    static let defaultRegion = "us-east-2"
    /// A client for this emulator, with its fake keys.
    public let client: AWSClient
    private let child: EmulatorProcess
    private let transport: CurlTransport

    /// What a child process (the CLI, aws-cli, boto3) needs to talk to this emulator with fake keys.
    public var clientEnvironment: [String: String] {
        [
            "AWS_ENDPOINT_URL": endpoint.absoluteString,
            "AWS_ACCESS_KEY_ID": "testing",
            "AWS_SECRET_ACCESS_KEY": "testing",
            "AWS_REGION": region,
            "AWS_DEFAULT_REGION": region,
        ]
    }

    /// `clientEnvironment` in the shape `CLI.run(_:environment:)` takes; it also hides the caller's profile
    /// and session token so a developer's real credentials can never reach the emulator or AWS.
    public var cliEnvironment: [String: String?] {
        var env: [String: String?] = clientEnvironment.mapValues { $0 }
        for key in ["AWS_PROFILE", "AWS_SESSION_TOKEN", "AWS_SECURITY_TOKEN", "AWS_DEFAULT_PROFILE"] {
            env[key] = .some(nil)
        }
        return env
    }

    private init(endpoint: URL, child: EmulatorProcess) {
        self.endpoint = endpoint
        self.child = child
        // One transport for the control calls and the client: each transport owns worker threads.
        transport = CurlTransport()
        client = AWSClient(
            region: Self.defaultRegion,
            credentials: StaticCredentialProvider(Credentials(accessKeyId: "testing", secretAccessKey: "testing")),
            endpointURL: endpoint, transport: transport, retry: Self.harnessRetry)
    }

    /// The harness's own calls (setting up and inspecting what a test checks) wait as long as a loaded machine
    /// needs: the emulator answers one call at a time, and with the whole suite running on two cores a call
    /// can queue behind others for more than the 30 s a user's client allows. What a test checks runs with
    /// stackcheck's own limits.
    public static let harnessTimeout: Duration = .seconds(120)
    static let harnessRetry = RetryPolicy(attemptTimeout: harnessTimeout, deadline: .seconds(300))

    deinit { child.terminate() }

    /// Launches a new emulator; `environment` adds to ours (for example `MOTO_ECS_SERVICE_RUNNING`).
    public static func start(environment: [String: String] = [:]) async throws -> Emulator {
        let child = try EmulatorProcess(
            script: TestData.packageRoot.appendingPathComponent("scripts/emulator/server.py"), environment: environment)
        let endpoint = try await child.waitUntilReady(timeout: .seconds(90))
        return Emulator(endpoint: endpoint, child: child)
    }

    /// The emulator every test in this process may share; started on first use.
    public static func shared() async throws -> Emulator {
        try await SharedEmulator.instance.get()
    }

    /// Forgets every resource in every service (moto's reset); running tasks return to the start value.
    public func reset() async throws {
        _ = try await control("/moto-api/reset")
    }

    /// Every ECS service, existing and new, reports `count` running tasks.
    public func setRunningTasks(_ count: Int) async throws {
        _ = try await control("/stackcheck/ecs-running?count=\(count)")
    }

    /// Every ECS service, existing and new (or only `service`, by name), has its tasks stop with `reason`
    /// (the running count stays 0; ListTasks/DescribeTasks show the stopped tasks, the service its events);
    /// nil lets tasks run again. A nil `exitCode` is a task that failed to start.
    public func stopTasks(reason: String?, exitCode: Int? = 1, containerReason: String? = nil, service: String? = nil)
        async throws
    {
        var query = "reason=" + Self.queryValue(reason ?? "")
        if let service { query += "&service=" + Self.queryValue(service) }
        query += "&exit-code=" + (exitCode.map(String.init) ?? "none")
        if let containerReason { query += "&container-reason=" + Self.queryValue(containerReason) }
        _ = try await control("/stackcheck/ecs-stop-tasks?" + query)
    }

    private static func queryValue(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
    }

    /// Creates a VPC with two private and two public subnets (in `region`, else the emulator's); ids given
    /// here are used as they are (so a README's example ids exist and its commands run verbatim), the
    /// others are random.
    public func createNetwork(
        region: String? = nil, vpcId: String? = nil, privateSubnetIds: [String] = [], publicSubnetIds: [String] = []
    ) async throws -> EmulatorNetwork {
        var query = "region=\(region ?? self.region)"
        if let vpcId { query += "&vpc=\(vpcId)" }
        if !privateSubnetIds.isEmpty { query += "&private=" + privateSubnetIds.joined(separator: ",") }
        if !publicSubnetIds.isEmpty { query += "&public=" + publicSubnetIds.joined(separator: ",") }
        let body = try await control("/stackcheck/network?" + query)
        return try JSONDecoder().decode(EmulatorNetwork.self, from: Data(body))
    }

    /// Stops the server and waits for it to exit. Safe to call twice.
    public func stop() { child.terminate() }

    /// What the emulator wrote on stderr so far (moto's warnings and tracebacks), for failure messages.
    public var log: String { child.log }

    /// POSTs to one of the launcher's control routes; fails unless it answers 200.
    func control(_ pathAndQuery: String) async throws -> [UInt8] {
        guard let url = URL(string: endpoint.absoluteString + pathAndQuery) else {
            throw EmulatorError("bad control path \(pathAndQuery)")
        }
        let response = try await transport.send(HTTPRequest(method: "POST", url: url), timeout: Self.harnessTimeout)
        guard response.status == 200 else {
            throw EmulatorError(
                "emulator answered \(response.status) to POST \(pathAndQuery): "
                    + String(decoding: response.body, as: UTF8.self))
        }
        return response.body
    }
}

/// The network `Emulator.createNetwork()` made: ids to pass as the stack's VPC and subnet parameters.
public struct EmulatorNetwork: Sendable, Decodable {
    public var vpcId: String
    public var privateSubnetIds: [String]
    public var publicSubnetIds: [String]

    enum CodingKeys: String, CodingKey {
        case vpcId = "VpcId"
        case privateSubnetIds = "PrivateSubnetIds"
        case publicSubnetIds = "PublicSubnetIds"
    }
}

public struct EmulatorError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

private actor SharedEmulator {
    static let instance = SharedEmulator()
    private var task: Task<Emulator, Error>?

    func get() async throws -> Emulator {
        if let task { return try await task.value }
        let started = Task { try await Emulator.start() }
        task = started
        return try await started.value
    }
}
