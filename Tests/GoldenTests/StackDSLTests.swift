import Template
import Testing

@testable import BatchStack

/// The typed DSL: interpolation builds `Fn::Sub` from checked handles, literals stay literals.
@Suite struct StackDSLTests {
    struct Fixture {
        var stack = StackBuilder(description: "test")
        let suffix: Parameter<TextParameter>
        let subnets: Parameter<SubnetIdListParameter>
        let cluster: ResourceRef<ECSCluster>

        init() {
            suffix = stack.parameter("Suffix", TextParameter.self, description: "suffix")
            subnets = stack.parameter("Subnets", SubnetIdListParameter.self, description: "subnets")
            cluster = stack.add("Cluster", ECSCluster(clusterName: "plain", containerInsights: false))
        }
    }

    @Test func interpolationBuildsSubFromHandles() {
        let f = Fixture()
        let name: Str = "svc-\(f.suffix)-\(Pseudo.region)-\(f.cluster.arn)"
        #expect(name.node == Intrinsic.sub("svc-${Suffix}-${AWS::Region}-${Cluster.Arn}"))
    }

    @Test func literalTextStaysLiteralAndIsEscapedInsideSub() {
        let f = Fixture()
        let plain: Str = "no-\("references")-\(8080)"
        #expect(plain.node == .string("no-references-8080"))
        let escaped: Str = "${literal}-\(f.suffix)"
        #expect(escaped.node == Intrinsic.sub("${!literal}-${Suffix}"))
    }

    @Test func aFunctionInsideSubBecomesAVariable() {
        let f = Fixture()
        let first: Str = "az-\(Str.select(0, from: .availabilityZones()))-\(f.suffix)"
        #expect(
            first.node
                == Intrinsic.sub(
                    "az-${Var1}-${Suffix}",
                    variables: [.init(key: "Var1", value: Intrinsic.select(0, Intrinsic.getAZs(.string(""))))]))
    }

    @Test func listParametersAreListsAndHandlesHaveTypedAttributes() {
        let f = Fixture()
        #expect(f.subnets.ref.node == Intrinsic.ref("Subnets"))
        #expect(f.cluster.name.node == Intrinsic.ref("Cluster"))
        #expect(f.cluster.arn.node == Intrinsic.getAtt("Cluster", "Arn"))
    }

    @Test func resourcesReadTypeThenPoliciesThenDependsOnThenProperties() {
        var f = Fixture()
        let logs = f.stack.add(
            "Logs", LogsLogGroup(logGroupName: "/x", retention: .days7), deletionPolicy: .retain,
            dependsOn: [f.cluster])
        #expect(logs.name.node == Intrinsic.ref("Logs"))
        let entry = f.stack.node["Resources"]!["Logs"]!.mappingValue!
        #expect(entry.keys == ["Type", "DeletionPolicy", "UpdateReplacePolicy", "DependsOn", "Properties"])
        #expect(entry["DependsOn"] == .string("Cluster"))
        #expect(
            f.stack.node.mappingValue!.keys == ["AWSTemplateFormatVersion", "Description", "Parameters", "Resources"])
    }

    @Test func fargateSizesAreTheValidPairs() {
        #expect(FargateTaskSize.oneVCPU(memoryGB: 2).cpuUnits == 1024)
        #expect(FargateTaskSize.oneVCPU(memoryGB: 2).memoryMiB == 2048)
        #expect(FargateTaskSize.fourVCPU(memoryGB: 30).memoryMiB == 30_720)
    }
}
