import AWS
import Testing

@Suite("ARN")
struct ARNTests {
    @Test func readsTheFiveFieldsAndTheResource() throws {
        let arn = try #require(ARN("arn:aws:cloudformation:eu-west-1:123456789012:stack/batch/0a1b-2c3d"))
        #expect(arn.partition == "aws")
        #expect(arn.service == "cloudformation")
        #expect(arn.region == "eu-west-1")
        #expect(arn.account == "123456789012")
        #expect(arn.resource == "stack/batch/0a1b-2c3d")
        #expect(arn.resourceType == "stack")
        #expect(arn.resourceId == "batch/0a1b-2c3d")
        #expect(arn.resourcePath == ["batch", "0a1b-2c3d"])
        #expect(arn.name == "0a1b-2c3d")
        #expect(arn.description == "arn:aws:cloudformation:eu-west-1:123456789012:stack/batch/0a1b-2c3d")
    }

    @Test func globalResourcesHaveNoRegionAndS3NoAccount() throws {
        let role = try #require(ARN("arn:aws-cn:iam::123456789012:role/path/ecs-task-role"))
        #expect(role.partition == "aws-cn")
        #expect(role.region.isEmpty)
        #expect(role.resourceType == "role")
        #expect(role.name == "ecs-task-role")
        let bucket = try #require(ARN("arn:aws:s3:::my-bucket"))
        #expect(bucket.account.isEmpty)
        #expect(bucket.resourceType == nil)
        #expect(bucket.resourceId == "my-bucket")
    }

    /// A resource written `type:id`, whose id holds both separators.
    @Test func colonSeparatedResourceKeepsItsWholeId() throws {
        let group = try #require(ARN("arn:aws:logs:us-east-1:123456789012:log-group:/ecs/batch:*"))
        #expect(group.resourceType == "log-group")
        #expect(group.resourceId == "/ecs/batch:*")
        let revision = try #require(ARN("arn:aws:ecs:us-east-1:123456789012:task-definition/batch:3"))
        #expect(revision.resourceType == "task-definition")
        #expect(revision.name == "batch:3")
    }

    @Test func anotherResourceOfTheSameAccount() throws {
        let listener = try #require(
            ARN(
                "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/web/50dc6c495c0c9188/f2f7dc8efc522ab2"
            ))
        #expect(listener.resourcePath == ["app", "web", "50dc6c495c0c9188", "f2f7dc8efc522ab2"])
        #expect(
            listener.with(resource: "loadbalancer/app/web/50dc6c495c0c9188").description
                == "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/web/50dc6c495c0c9188")
    }

    @Test(arguments: [
        "", "batch", "service/cluster/name", "arn:aws:ecs", "arn:aws:ecs:r:a", "arn:aws:ecs:r:a:", "urn:a:b:c:d:e",
    ])
    func notAnARN(_ text: String) {
        #expect(ARN(text) == nil)
        #expect(!ARN.isARN(text))
    }

    @Test func lastComponentOfAnARNOrAShortId() {
        #expect(ARN.lastComponent("arn:aws:ecs:us-east-1:123456789012:service/cluster/api") == "api")
        #expect(ARN.lastComponent("service/api") == "api")
        #expect(ARN.lastComponent("api") == "api")
    }
}
