import BatchStack
import Template
import TemplateDiff
import Testing

/// What the seed README asks of the stack, checked on the generated template.
@Suite struct StackContentTests {
    let template = BatchProcessingStack.template

    var resources: Mapping { template["Resources"]!.mappingValue! }

    func properties(_ logicalId: String) -> Node { resources[logicalId]!["Properties"]! }

    @Test func theTwentyFourResourcesTheSeedItemizes() {
        var counts: [String: Int] = [:]
        for entry in resources.entries { counts[entry.value["Type"]!.stringValue!, default: 0] += 1 }
        #expect(resources.count == 24)
        #expect(
            counts == [
                "AWS::ECS::Cluster": 1, "AWS::IAM::Role": 2, "AWS::Logs::LogGroup": 4, "AWS::ECS::TaskDefinition": 3,
                "AWS::EC2::SecurityGroup": 2, "AWS::ElasticLoadBalancingV2::LoadBalancer": 1,
                "AWS::ElasticLoadBalancingV2::TargetGroup": 1, "AWS::ElasticLoadBalancingV2::Listener": 1,
                "AWS::ECS::Service": 3, "AWS::ApplicationAutoScaling::ScalableTarget": 3,
                "AWS::ApplicationAutoScaling::ScalingPolicy": 3,
            ])
    }

    @Test func theSeedsTenParametersWithTheirTypes() {
        let parameters = template["Parameters"]!.mappingValue!
        let types = parameters.entries.map { "\($0.key):\($0.value["Type"]!.stringValue!)" }
        #expect(
            types == [
                "EnvironmentSuffix:String", "VpcId:AWS::EC2::VPC::Id", "PrivateSubnetIds:List<AWS::EC2::Subnet::Id>",
                "PublicSubnetIds:List<AWS::EC2::Subnet::Id>", "DataIngestionImageUri:String",
                "TransactionProcessingImageUri:String", "ReportGenerationImageUri:String", "XRayImageUri:String",
                "SecretsManagerArn:String", "S3BucketName:String",
            ])
    }

    @Test func outputsTheValidationCommandsNeed() {
        let outputs = template["Outputs"]!.mappingValue!
        for name in [
            "LoadBalancerDNS", "ClusterName", "TargetGroupArn", "DataIngestionServiceName",
            "TransactionProcessingServiceName", "ReportGenerationServiceName",
        ] {
            #expect(outputs[name]?["Value"] != nil, "output \(name)")
        }
        #expect(outputs["LoadBalancerDNS"]!["Value"] == Intrinsic.getAtt("ApplicationLoadBalancer", "DNSName"))
    }

    @Test func namesFollowTheSeed() {
        #expect(properties("ECSCluster")["ClusterName"] == Intrinsic.sub("ecs-cluster-${EnvironmentSuffix}"))
        for slug in ["data-ingestion", "transaction-processing", "report-generation"] {
            let prefix = slug.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
            #expect(
                properties("\(prefix)Service")["ServiceName"] == Intrinsic.sub("\(slug)-service-${EnvironmentSuffix}"))
            #expect(properties("\(prefix)TaskDefinition")["Family"] == Intrinsic.sub("\(slug)-${EnvironmentSuffix}"))
            #expect(
                properties("\(prefix)LogGroup")["LogGroupName"] == Intrinsic.sub("/ecs/\(slug)-${EnvironmentSuffix}"))
            #expect(properties("\(prefix)LogGroup")["RetentionInDays"] == .number("30"))
        }
        #expect(properties("XRayLogGroup")["LogGroupName"] == Intrinsic.sub("/ecs/xray-${EnvironmentSuffix}"))
    }

    @Test func servicesRunTwoPrivateFargateTasks() {
        for id in ["DataIngestionService", "TransactionProcessingService", "ReportGenerationService"] {
            let service = properties(id)
            #expect(service["DesiredCount"] == .number("2"))
            #expect(service["LaunchType"] == .string("FARGATE"))
            let vpc = service["NetworkConfiguration"]!["AwsvpcConfiguration"]!
            #expect(vpc["AssignPublicIp"] == .string("DISABLED"))
            #expect(vpc["Subnets"] == Intrinsic.ref("PrivateSubnetIds"))
        }
        #expect(resources["ReportGenerationService"]!["DependsOn"] == .string("ALBListener"))
        #expect(properties("ReportGenerationService")["LoadBalancers"] != nil)
        #expect(properties("DataIngestionService")["LoadBalancers"] == nil)
    }

    @Test func scalingTracksSeventyPercentCPUFromTwoTasks() {
        for prefix in ["DataIngestion", "TransactionProcessing", "ReportGeneration"] {
            #expect(properties("\(prefix)ScalableTarget")["MinCapacity"] == .number("2"))
            let tracking = properties("\(prefix)ScalingPolicy")["TargetTrackingScalingPolicyConfiguration"]!
            #expect(tracking["TargetValue"] == .number("70"))
            #expect(tracking["DisableScaleIn"] == .bool(false))
            #expect(
                tracking["PredefinedMetricSpecification"]!["PredefinedMetricType"]
                    == .string("ECSServiceAverageCPUUtilization"))
        }
    }

    @Test func tasksAcceptTrafficOnlyFromTheLoadBalancer() {
        let ingress = properties("ECSTaskSecurityGroup")["SecurityGroupIngress"]!.listValue!
        #expect(ingress.count == 1)
        #expect(ingress[0]["SourceSecurityGroupId"] == Intrinsic.getAtt("ALBSecurityGroup", "GroupId"))
        #expect(ingress[0]["CidrIp"] == nil)
        #expect(ingress[0]["FromPort"] == .number("8080"))
    }
}
