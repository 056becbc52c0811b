import Foundation
import Template
import Testing

@testable import AWS
@testable import Live

/// The pure parts of deploy and drift's new checks: which parameters an update keeps, how the review resolves
/// values, and which tagged ARNs belong to the stack.
@Suite struct DeployPlanTests {
    static let template = try! TemplateReader.read(
        Array(
            """
            {"Parameters": {"Image": {"Type": "String"}, "Bucket": {"Type": "String"},
                            "Team": {"Type": "String", "Default": "batch"}},
             "Resources": {"Task": {"Type": "AWS::ECS::TaskDefinition", "Properties": {
                "Image": {"Ref": "Image"}, "Role": {"Fn::GetAtt": ["Role", "Arn"]},
                "Optional": {"Ref": "AWS::NoValue"}, "Name": {"Fn::Sub": "${Team}-${AWS::StackName}"}}}}}
            """.utf8), file: "t.json")

    @Test func anUpdateKeepsEveryParameterTheStackHasAndTheTemplateDeclares() throws {
        var stack = try #require(Self.stack(["Image": "i:1", "Bucket": "b", "Gone": "x"]))
        stack.stackName = "prod"
        let sent = DeployPlan.parameters(
            given: [.init(key: "Image", value: "i:2")], template: Self.template, existing: stack)
        #expect(sent == [.init(key: "Image", value: "i:2"), .previous("Bucket")])
        #expect(DeployPlan.effectiveValues(sent, existing: stack) == ["Image": "i:2", "Bucket": "b"])
        // A new stack gets exactly what was given.
        #expect(DeployPlan.parameters(given: [], template: Self.template, existing: nil) == [])
    }

    @Test func theReviewResolvesWhatItCanAndKeepsTheRestAsWritten() throws {
        let context = ResolverContext(
            template: Self.template, parameterValues: ["Image": "i:2"],
            pseudo: PseudoParameters(
                region: "us-east-2", stackName: "prod",
                stackId: "arn:aws:cloudformation:"
                    + "us-east-2:123456789012:stack/prod/1"))
        let resolved = PropertyReview.resolvedResources(Self.template, context: context)
        let properties = try #require(resolved["Resources"]?["Task"]?["Properties"])
        #expect(properties["Image"]?.stringValue == "i:2")
        #expect(properties["Name"]?.stringValue == "batch-prod")
        #expect(properties["Optional"] == nil)
        #expect(properties["Role"]?["Fn::GetAtt"] != nil, "an attribute known only after the update stays as written")
    }

    @Test func aTaggedARNBelongsToTheStackWhenItNamesOneOfItsPhysicalIds() {
        let owned: Set<String> = ["sg-1", "/ecs/batch", "ecs-task-role", "arn:aws:ecs:r:a:service/c/s"]
        #expect(UnmanagedCheck.names("arn:aws:ec2:r:a:security-group/sg-1", oneOf: owned))
        #expect(UnmanagedCheck.names("arn:aws:logs:r:a:log-group:/ecs/batch:*", oneOf: owned))
        #expect(UnmanagedCheck.names("arn:aws:iam::a:role/ecs-task-role", oneOf: owned))
        #expect(UnmanagedCheck.names("arn:aws:ecs:r:a:service/c/s", oneOf: owned))
        #expect(!UnmanagedCheck.names("arn:aws:ec2:r:a:security-group/sg-2", oneOf: owned))
        #expect(UnmanagedCheck.type(of: "arn:aws:ec2:r:a:security-group/sg-2") == "ec2:security-group")
    }

    static func stack(_ parameters: [String: String]) -> CloudFormation.Stack? {
        let members = parameters.sorted { $0.key < $1.key }.map {
            "<member><ParameterKey>\($0.key)</ParameterKey><ParameterValue>\($0.value)</ParameterValue></member>"
        }.joined()
        let xml = "<Stack><StackName>prod</StackName><Parameters>\(members)</Parameters></Stack>"
        return (try? XMLTreeParser.parse(Array(xml.utf8))).map(CloudFormation.Stack.init)
    }
}
