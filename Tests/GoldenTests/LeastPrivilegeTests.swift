import BatchStack
import Template
import Testing

/// The roles name every action and, where IAM allows it, the exact resource.
@Suite struct LeastPrivilegeTests {
    let resources = BatchProcessingStack.template["Resources"]!.mappingValue!

    func statements(_ role: String) -> [Node] {
        resources[role]!["Properties"]!["Policies"]!.listValue!.flatMap {
            $0["PolicyDocument"]!["Statement"]!.listValue!
        }
    }

    func actions(_ statement: Node) -> [String] { statement["Action"]!.listValue!.compactMap(\.stringValue) }

    @Test(arguments: ["TaskExecutionRole", "TaskRole"])
    func noWildcardActions(role: String) {
        for statement in statements(role) {
            for action in actions(statement) {
                #expect(!action.contains("*"), "\(role): \(action)")
            }
        }
    }

    @Test(arguments: ["TaskExecutionRole", "TaskRole"])
    func theSecretIsReadableOnlyByItsARN(role: String) {
        let reading = statements(role).filter { actions($0).contains("secretsmanager:GetSecretValue") }
        #expect(reading.count == 1)
        #expect(reading.first?["Resource"] == .list([Intrinsic.ref("SecretsManagerArn")]))
    }

    @Test func onlyXRayHasAWildcardResourceBecauseItHasNoResourceLevelPermissions() {
        for statement in statements("TaskRole") where statement["Resource"] == .list([.string("*")]) {
            #expect(actions(statement).allSatisfy { $0.hasPrefix("xray:") }, "\(actions(statement))")
        }
    }

    @Test func theTaskRoleUsesExactlyTheOutputBucket() {
        let s3 = statements("TaskRole").filter { actions($0).contains { $0.hasPrefix("s3:") } }
        #expect(Set(s3.flatMap(actions)) == ["s3:GetObject", "s3:PutObject", "s3:ListBucket"])
        let resources = s3.flatMap { $0["Resource"]!.listValue! }
        #expect(
            resources == [
                Intrinsic.sub("arn:${AWS::Partition}:s3:::${S3BucketName}"),
                Intrinsic.sub("arn:${AWS::Partition}:s3:::${S3BucketName}/*"),
            ])
    }
}
