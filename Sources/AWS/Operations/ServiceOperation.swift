/// One service's operations as one declarative list: an enum whose cases are the API names in lower
/// camel case (`describeStacks` goes on the wire as `DescribeStacks`), its service, and what IAM can
/// scope each case to. Every service declares its operations this way, so the wire name, the IAM action
/// and the service are written once per service, not once per operation.
public protocol ServiceOperation: OperationDeclaration, CaseIterable, Hashable {
    static var service: AWSService { get }
    /// The API name in lower camel case: the case's own name.
    var rawValue: String { get }
    var resource: IAMResourceKind { get }
}

extension ServiceOperation {
    /// The API name as sent: the case name with its first letter upper-cased.
    public var name: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }

    public var operation: AWSOperation { AWSOperation(Self.service, name, resource) }
}

/// Anything that stands for one `AWSOperation`: a service's case, or an operation built by hand (the
/// test-only ones). The client's calls take either, so a facade passes its own enum's case as it is.
public protocol OperationDeclaration: Sendable {
    var operation: AWSOperation { get }
}

extension AWSOperation: OperationDeclaration {
    public var operation: AWSOperation { self }
}

extension ServiceOperation {
    /// What an engine declares: `ECS.Operation.list(.listTasks, .describeTasks)`.
    // A closure, not `\.operation`: a key path in a generic context is built anew at every call.
    public static func list(_ cases: Self...) -> [AWSOperation] { cases.map { $0.operation } }
}
