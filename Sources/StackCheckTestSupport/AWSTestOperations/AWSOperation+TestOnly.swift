import AWS

/// Operations only tests call: making fixtures (users, buckets, services) and changing resources out of
/// band so drift has something to find. stackcheck itself never sends them, so they live here, out of the
/// AWS module and out of every policy `stackcheck iam-policy` prints. Declared on the protocol so
/// `.testOnly(...)` reads as before wherever a call takes an operation.
extension OperationDeclaration where Self == AWSOperation {
    static func testOnly(_ service: AWSService, _ name: String) -> AWSOperation {
        AWSOperation(
            service, name, .unscoped(sid: "TestsOnly", reason: "called by stackcheck's tests, never by stackcheck"))
    }
}
