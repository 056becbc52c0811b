import AWS
import Foundation
import StackCheckTestSupport
import Testing

@Suite("ECS against the emulator")
struct ECSEmulatorTests {
    @Test func clusterCarriesItsSettings() async throws {
        let deployment = try await GoldenDeployment.shared()
        let (clusters, failures) = try await deployment.client.ecs.describeClusters([deployment.output("ClusterName")])
        let settings = deployment.resource("ECSCluster")["ClusterSettings"] as? [[String: String]] ?? []
        #expect(failures.isEmpty)
        #expect(clusters.first?.clusterName == deployment.output("ClusterName"))
        #expect(clusters.first?.containerInsights == settings.first { $0["Name"] == "containerInsights" }?["Value"])
        #expect(clusters.first?.containerInsights != nil)
    }

    @Test func servicesAreListedAndDescribedInBatchesOfTen() async throws {
        let deployment = try await GoldenDeployment.shared()
        let cluster = deployment.output("ClusterName")
        let arns = try await deployment.client.ecs.listServices(cluster: cluster)
        #expect(arns.count == 3)
        // 3 real services and 9 that do not exist: two DescribeServices calls, the misses as failures.
        let names = arns + (1...9).map { "missing-\($0)" }
        let (services, failures) = try await deployment.client.ecs.describeServices(cluster: cluster, services: names)
        #expect(Set(services.compactMap(\.serviceArn)) == Set(arns))
        #expect(failures.count == 9)
        #expect(failures.allSatisfy { $0.reason == "MISSING" })
        let data = try #require(services.first { $0.serviceName == deployment.output("DataIngestionServiceName") })
        let expected = deployment.resource("DataIngestionService")
        #expect(data.desiredCount == expected["DesiredCount"] as? Int)
        #expect(data.launchType == expected["LaunchType"] as? String)
        let vpc = data.networkConfiguration?.awsvpcConfiguration
        #expect(vpc?.subnets.map(Set.init) == Set(deployment.network.privateSubnetIds))
        #expect(vpc?.assignPublicIp == "DISABLED")
        #expect(vpc?.securityGroups?.count == 1)
        #expect(data.deployments?.first?.status == "PRIMARY")
        let report = try #require(services.first { $0.serviceName == deployment.output("ReportGenerationServiceName") })
        #expect(report.loadBalancers?.first?.targetGroupArn == deployment.output("TargetGroupArn"))
    }

    @Test func taskDefinitionCarriesEveryCheckedField() async throws {
        let deployment = try await GoldenDeployment.shared()
        let cluster = deployment.output("ClusterName")
        let service = try #require(
            try await deployment.client.ecs.describeServices(
                cluster: cluster, services: [deployment.output("DataIngestionServiceName")]
            ).services.first)
        let task = try await deployment.client.ecs.describeTaskDefinition(try #require(service.taskDefinition))
        let expected = deployment.resource("DataIngestionTaskDefinition")
        #expect(task.cpu == expected["Cpu"] as? String)
        #expect(task.memory == expected["Memory"] as? String)
        #expect(task.networkMode == expected["NetworkMode"] as? String)
        #expect(task.requiresCompatibilities == expected["RequiresCompatibilities"] as? [String])
        #expect(task.executionRoleArn == deployment.output("TaskExecutionRoleArn"))
        #expect(task.taskRoleArn == deployment.output("TaskRoleArn"))
        let containers = expected["ContainerDefinitions"] as? [[String: Any]] ?? []
        #expect(task.containerDefinitions?.compactMap(\.name) == containers.compactMap { $0["Name"] as? String })
        let first = try #require(task.containerDefinitions?.first)
        #expect(first.logConfiguration?.logDriver == "awslogs")
        #expect(first.logConfiguration?.options?["awslogs-group"]?.hasPrefix("/ecs/") == true)
        #expect(first.essential == (containers.first?["Essential"] as? Bool))
    }

    @Test func updateServiceChangesTheDesiredCount() async throws {
        let emulator = try await Emulator.shared()
        let client = emulatorClient(emulator)
        let cluster = "stackcheck-aws-update-\(UInt32.random(in: 0..<1_000_000))"
        let stack = #"""
            {"Resources":{"C":{"Type":"AWS::ECS::Cluster","Properties":{"ClusterName":"\#(cluster)"}},
             "T":{"Type":"AWS::ECS::TaskDefinition","Properties":{"Family":"\#(cluster)","ContainerDefinitions":[{"Name":"a","Image":"busybox","Memory":128}]}},
             "S":{"Type":"AWS::ECS::Service","Properties":{"Cluster":{"Ref":"C"},"ServiceName":"svc","TaskDefinition":{"Ref":"T"},"DesiredCount":1}}}}
            """#
        _ = try await client.cloudFormation.createChangeSet(
            stackName: cluster, changeSetName: "c", templateBody: stack, type: .create)
        _ = try await poll {
            try await client.cloudFormation.describeChangeSet(stackName: cluster, changeSetName: "c").status
                == "CREATE_COMPLETE" ? true : nil
        }
        try await client.cloudFormation.executeChangeSet(stackName: cluster, changeSetName: "c")
        _ = try await poll {
            try await client.cloudFormation.describeStack(cluster).status == "CREATE_COMPLETE" ? true : nil
        }
        let updated = try await client.ecs.updateService(cluster: cluster, service: "svc", desiredCount: 3)
        #expect(updated.desiredCount == 3)
        let read = try await client.ecs.describeServices(cluster: cluster, services: ["svc"]).services.first
        #expect(read?.desiredCount == 3)
    }

    @Test func aMissingClusterIsAFailureNotAnError() async throws {
        let deployment = try await GoldenDeployment.shared()
        let (clusters, failures) = try await deployment.client.ecs.describeClusters(["no-such-cluster"])
        #expect(clusters.isEmpty || clusters.allSatisfy { $0.status == "INACTIVE" })
        #expect(failures.count + clusters.count == 1)
    }
}
