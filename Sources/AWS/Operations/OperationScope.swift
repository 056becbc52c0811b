/// The operations the running engine declared; `AWSClient` checks every call against it.
///
/// A call outside the scope fails before it is sent, naming the operation and who declared the scope:
/// a forgotten declaration shows up the first time a test runs that code, never as a policy that
/// silently lacks an action. Outside any scope (library use, tests of the client) nothing is checked.
public struct OperationScope: Sendable {
    /// Who declared the scope, for the error ("drift", "ECS::Service checker").
    public var owner: String
    public var operations: Set<AWSOperation>

    @TaskLocal public static var current: OperationScope?

    public init(owner: String, operations: some Sequence<AWSOperation>) {
        self.owner = owner
        self.operations = Set(operations)
    }

    /// Runs `body` with `operations` as the scope; inside another scope, only what both allow.
    public static func run<T: Sendable>(
        _ owner: String, _ operations: some Sequence<AWSOperation>,
        isolation: isolated (any Actor)? = #isolation, _ body: () async throws -> T
    ) async rethrows -> T {
        var scope = OperationScope(owner: owner, operations: operations)
        if let outer = current {
            scope.operations.formIntersection(outer.operations)
            scope.owner = "\(outer.owner) > \(owner)"
        }
        return try await $current.withValue(scope, operation: body, isolation: isolation)
    }

    func allows(service: AWSService, operation: String) -> Bool {
        operations.contains { $0.service == service && $0.name == operation }
    }

    /// The error for a call nobody declared: a bug in stackcheck, said so.
    static func undeclared(service: AWSService, operation: String) -> AWSError? {
        guard let scope = current, !scope.allows(service: service, operation: operation) else { return nil }
        return AWSError(
            kind: .configuration, service: service.signingName, operation: operation, code: .undeclaredOperation,
            message: "stackcheck bug: \(service.signingName):\(operation) is not among the operations "
                + "\(scope.owner) declares; declare it beside the call so `stackcheck iam-policy` grants it")
    }
}
