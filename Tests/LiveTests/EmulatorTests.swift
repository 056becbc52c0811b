import AWS
import Foundation
import StackCheckTestSupport
import Testing

@Suite struct EmulatorTests {
    @Test func startsOnAFreeLoopbackPortAndMakesANetwork() async throws {
        let emulator = try await Emulator.start()
        defer { emulator.stop() }
        #expect(emulator.endpoint.host == "127.0.0.1")
        #expect(emulator.endpoint.port != nil && emulator.endpoint.port != 0)
        #expect(emulator.clientEnvironment["AWS_ENDPOINT_URL"] == emulator.endpoint.absoluteString)
        let network = try await emulator.createNetwork()
        #expect(network.vpcId.hasPrefix("vpc-"))
        #expect(network.privateSubnetIds.count == 2)
        #expect(network.publicSubnetIds.count == 2)
        #expect(Set(network.privateSubnetIds + network.publicSubnetIds).count == 4)
    }

    @Test func sharedIsOneEmulatorPerProcess() async throws {
        let first = try await Emulator.shared()
        let second = try await Emulator.shared()
        #expect(first === second)
    }

    /// AWS keeps a connection open between calls and every SDK reuses it; werkzeug closed each one
    /// (emulator_keepalive.py). Python's http.client, a plain HTTP/1.1 client, sends three calls (one with a
    /// body, answered 400) on one connection and sees each answered on it.
    @Test func keepsTheConnectionOpenBetweenCalls() async throws {
        // An emulator of its own: the shared one may be busy with a suite's deploys for longer than a call waits.
        let emulator = try await Emulator.start()
        defer { emulator.stop() }
        let script = """
            import http.client, sys, urllib.parse
            url = urllib.parse.urlsplit(sys.argv[1])
            connection = http.client.HTTPConnection(url.hostname, url.port, timeout=60)
            answers = []
            for method, path, body in [("GET", "/stackcheck/handling-time", None),
                                       ("POST", "/", "Action=DescribeStacks&Version=2010-05-15&StackName=none"),
                                       ("GET", "/stackcheck/handling-time", None)]:
                headers = {"Content-Type": "application/x-www-form-urlencoded",
                           "Authorization": "AWS4-HMAC-SHA256 Credential=testing/20260101/us-east-2/cloudformation/aws4_request, SignedHeaders=host, Signature=0"}
                connection.request(method, path, body=body, headers=headers)
                socket = connection.sock
                answer = connection.getresponse()
                answer.read()
                answers.append((answer.status, answer.getheader("Connection") or "-", socket is connection.sock and socket is not None))
            print(answers)
            """
        let result = try await Python.run(["-c", script, emulator.endpoint.absoluteString])
        #expect(result.status == 0, "\(result.stderr)")
        // Three answers, none saying `Connection: close`, each read on the socket the call went out on.
        let answers = result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(answers == "[(200, '-', True), (400, '-', True), (200, '-', True)]")
    }

    @Test func stopEndsTheServer() async throws {
        let emulator = try await Emulator.start()
        emulator.stop()
        await #expect(throws: (any Error).self) { try await emulator.reset() }
    }
}

/// What scripts/emulator/server.py fixes in moto's CloudFormation, checked through the services' own APIs.
@Suite struct EmulatorFidelityTests {
    @Test func aGoldenDeployReallyMatchesTheTemplate() async throws {
        let emulator = try await Emulator.shared()
        let stack = try await EmulatorStack.deployGolden(in: emulator, prefix: "fidelity")
        let s = stack.suffix
        let client = emulator.client
        let resources = try await client.cloudFormation.describeStackResources(stackName: stack.name)
        func physicalId(_ logicalId: String) -> String? { resources.first { $0.logicalId == logicalId }?.physicalId }
        #expect(resources.count == 24)
        #expect(resources.allSatisfy { $0.status == "CREATE_COMPLETE" })
        // Application Auto Scaling resources exist, with CloudFormation's physical ids.
        #expect(
            physicalId("DataIngestionScalableTarget")
                == "service/ecs-cluster-\(s)/data-ingestion-service-\(s)|ecs:service:DesiredCount|ecs")
        #expect(physicalId("DataIngestionScalingPolicy")?.hasPrefix("arn:aws:autoscaling:us-east-2:") == true)
        let targets = try await client.applicationAutoScaling.describeScalableTargets(
            resourceIds: ["service/ecs-cluster-\(s)/data-ingestion-service-\(s)"])
        #expect(targets.count == 1)

        let cluster = try await client.ecs.describeClusters(["ecs-cluster-\(s)"]).clusters.first
        #expect(cluster?.containerInsights == "enabled")
        let definition = try await client.ecs.describeTaskDefinition("data-ingestion-\(s)")
        #expect(definition.cpu == "1024")
        #expect(definition.networkMode == "awsvpc")
        #expect(definition.requiresCompatibilities == ["FARGATE"])
        #expect(definition.taskRoleArn?.hasSuffix(":role/ecs-task-role-\(s)") == true)
        let service = try await client.ecs.describeServices(
            cluster: "ecs-cluster-\(s)", services: ["report-generation-service-\(s)"]
        ).services.first
        #expect(service?.launchType == "FARGATE")
        #expect(service?.networkConfiguration?.awsvpcConfiguration?.subnets == stack.network.privateSubnetIds)
        #expect(service?.loadBalancers?.first?.targetGroupArn == physicalId("ALBTargetGroup"))
        let attached = try await client.iam.listAttachedRolePolicies(roleName: "ecs-task-execution-role-\(s)")
        #expect(attached.map(\.policyName) == ["AmazonECSTaskExecutionRolePolicy"])

        // UpdateClusterSettings answers (moto's own answers 500), and applies.
        let updated = try await client.ecs.updateClusterSettings(
            cluster: "ecs-cluster-\(s)", settings: ["containerInsights": "disabled"])
        #expect(updated.containerInsights == "disabled")
    }

    /// CloudFormation scopes a change set's name to its stack (moto 5.2 does not, so two stacks with a
    /// change set called "create" executed each other's and one stayed REVIEW_IN_PROGRESS).
    @Test func changeSetNamesAreScopedToTheirStack() async throws {
        let emulator = try await Emulator.shared()
        let cloudFormation = emulator.client.cloudFormation
        let first = EmulatorStack.uniqueName("scoped"), second = EmulatorStack.uniqueName("scoped")
        for stack in [first, second] {
            _ = try await cloudFormation.createChangeSet(
                stackName: stack, changeSetName: "create",
                templateBody: #"{"Resources": {"Logs": {"Type": "AWS::Logs::LogGroup", "Properties": "#
                    + #"{"LogGroupName": "/\#(stack)"}}}}"#,
                type: .create)
        }
        try await cloudFormation.executeChangeSet(stackName: first, changeSetName: "create")
        #expect(try await cloudFormation.describeStack(first).status == "CREATE_COMPLETE")
        #expect(try await cloudFormation.describeStack(second).status == "REVIEW_IN_PROGRESS")
        let waiting = try await cloudFormation.describeChangeSet(stackName: second, changeSetName: "create")
        #expect(waiting.stackId == (try await cloudFormation.describeStack(second)).stackId)
        #expect(waiting.executionStatus == "AVAILABLE")
    }
}
