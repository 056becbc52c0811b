import Live
import Template
import Testing

/// Reads an inline JSON template; the reader keeps marks and number text as in a real file.
func template(_ json: String) throws -> Node {
    try TemplateReader.read(Array(json.utf8), file: "inline.json", format: .json)
}

/// Any JSON value (the reader takes only mappings at the top, so the value is wrapped and unwrapped).
func node(_ json: String) throws -> Node { try #require(try template("{\"v\": \(json)}")["v"]) }

let sampleTemplate = """
    {
      "Parameters": {
        "Env": {"Type": "String"},
        "Count": {"Type": "Number", "Default": "2"},
        "Subnets": {"Type": "List<AWS::EC2::Subnet::Id>"},
        "Names": {"Type": "CommaDelimitedList", "Default": "a, b,c"},
        "Secret": {"Type": "String", "NoEcho": true}
      },
      "Mappings": {"Sizes": {"prod": {"Cpu": 1024}, "dev": {"Cpu": 256}}},
      "Conditions": {
        "IsProd": {"Fn::Equals": [{"Ref": "Env"}, "prod"]},
        "NotProd": {"Fn::Not": [{"Condition": "IsProd"}]},
        "Both": {"Fn::And": [{"Condition": "IsProd"}, {"Fn::Equals": ["2", {"Ref": "Count"}]}]},
        "Either": {"Fn::Or": [{"Condition": "NotProd"}, {"Fn::Equals": ["x", "y"]}]},
        "Loop": {"Condition": "Loop"}
      },
      "Resources": {
        "Cluster": {"Type": "AWS::ECS::Cluster"},
        "Alb": {"Type": "AWS::ElasticLoadBalancingV2::LoadBalancer"},
        "Extra": {"Type": "AWS::Logs::LogGroup", "Condition": "NotProd"}
      }
    }
    """

func sampleResolver(env: String = "prod", extra: [String: String] = [:]) throws -> IntrinsicResolver {
    var parameters = ["Env": env, "Subnets": "subnet-1,subnet-2", "Secret": "****"]
    parameters.merge(extra) { $1 }
    let context = ResolverContext(
        template: try template(sampleTemplate), parameterValues: parameters,
        physicalIds: ["Cluster": "ecs-cluster-prod", "Alb": "arn:aws:elasticloadbalancing:us-east-2:123:lb/app/x/1"],
        attributes: ["Alb": ["DNSName": .string("x-1.us-east-2.elb.amazonaws.com")]],
        pseudo: PseudoParameters(
            region: "us-east-2", stackName: "S",
            stackId: "arn:aws:cloudformation:us-east-2:123456789012:stack/S/abc"),
        availabilityZones: ["us-east-2a", "us-east-2b"])
    return IntrinsicResolver(context: context)
}

@Suite struct ResolverTests {
    @Test func refResolvesParametersResourcesAndPseudoParameters() throws {
        let resolver = try sampleResolver()
        #expect(resolver.resolve(try node(#"{"Ref": "Env"}"#)) == .value(.string("prod")))
        #expect(resolver.resolve(try node(#"{"Ref": "Count"}"#)) == .value(.string("2")))
        #expect(resolver.resolve(try node(#"{"Ref": "Cluster"}"#)) == .value(.string("ecs-cluster-prod")))
        #expect(resolver.resolve(try node(#"{"Ref": "AWS::AccountId"}"#)) == .value(.string("123456789012")))
        #expect(resolver.resolve(try node(#"{"Ref": "AWS::Partition"}"#)) == .value(.string("aws")))
        #expect(resolver.resolve(try node(#"{"Ref": "AWS::URLSuffix"}"#)) == .value(.string("amazonaws.com")))
        #expect(resolver.resolve(try node(#"{"Ref": "AWS::StackName"}"#)) == .value(.string("S")))
        #expect(
            resolver.resolve(try node(#"{"Ref": "Nope"}"#)) == .unresolvable("Ref Nope: no such parameter or resource"))
        #expect(
            resolver.resolve(try node(#"{"Ref": "Secret"}"#))
                == .unresolvable("parameter Secret is NoEcho, so its value is not readable"))
    }

    @Test func listParametersAreSplitAndTrimmed() throws {
        let resolver = try sampleResolver()
        #expect(
            resolver.resolve(try node(#"{"Ref": "Subnets"}"#))
                == .value(.list([.string("subnet-1"), .string("subnet-2")])))
        #expect(
            resolver.resolve(try node(#"{"Ref": "Names"}"#))
                == .value(.list([.string("a"), .string("b"), .string("c")])))
        #expect(
            resolver.resolve(try node(#"{"Fn::Select": [1, {"Ref": "Subnets"}]}"#)) == .value(.string("subnet-2")))
    }

    @Test func noValueDropsKeysAndItems() throws {
        let resolver = try sampleResolver()
        let resolved = resolver.resolve(
            try node(#"{"A": {"Ref": "AWS::NoValue"}, "B": [1, {"Ref": "AWS::NoValue"}, 2]}"#))
        #expect(resolved == .value(try node(#"{"B": [1, 2]}"#)))
    }

    @Test func getAttUsesLiveAttributesOrSaysWhyNot() throws {
        let resolver = try sampleResolver()
        let dns = Node.string("x-1.us-east-2.elb.amazonaws.com")
        #expect(resolver.resolve(try node(#"{"Fn::GetAtt": ["Alb", "DNSName"]}"#)) == .value(dns))
        #expect(resolver.resolve(try node(#"{"Fn::GetAtt": "Alb.DNSName"}"#)) == .value(dns))
        #expect(
            resolver.resolve(try node(#"{"Fn::GetAtt": ["Alb", "CanonicalHostedZoneID"]}"#))
                == .unresolvable("Fn::GetAtt Alb.CanonicalHostedZoneID is not known from the live stack"))
    }

    @Test func subInBothFormsWithLiterals() throws {
        let resolver = try sampleResolver()
        #expect(
            resolver.resolve(try node(#"{"Fn::Sub": "/ecs/app-${Env}-${AWS::Region}"}"#))
                == .value(.string("/ecs/app-prod-us-east-2")))
        #expect(
            resolver.resolve(
                try node(#"{"Fn::Sub": ["${Name}.${Alb.DNSName} ${!Env}", {"Name": {"Ref": "Cluster"}}]}"#))
                == .value(.string("ecs-cluster-prod.x-1.us-east-2.elb.amazonaws.com ${Env}")))
        #expect(
            resolver.resolve(try node(#"{"Fn::Sub": "arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:x"}"#))
                == .value(.string("arn:aws:logs:us-east-2:123456789012:x")))
        #expect(resolver.resolve(try node(#"{"Fn::Sub": "${Alb.Unknown}"}"#)).reason != nil)
    }

    @Test func joinSelectSplitFindInMapGetAZsBase64() throws {
        let resolver = try sampleResolver()
        #expect(
            resolver.resolve(try node(#"{"Fn::Join": ["-", ["a", {"Ref": "Env"}, 3]]}"#)) == .value(.string("a-prod-3"))
        )
        #expect(
            resolver.resolve(try node(#"{"Fn::Join": [",", {"Ref": "Subnets"}]}"#))
                == .value(.string("subnet-1,subnet-2")))
        #expect(
            resolver.resolve(try node(#"{"Fn::Split": [",", "x,,y"]}"#))
                == .value(.list([.string("x"), .string(""), .string("y")])))
        #expect(
            resolver.resolve(try node(#"{"Fn::Select": ["0", {"Fn::Split": ["/", "a/b"]}]}"#)) == .value(.string("a")))
        #expect(
            resolver.resolve(try node(#"{"Fn::Select": [5, ["a"]]}"#))
                == .unresolvable("Fn::Select index 5 is out of range (1 items)"))
        #expect(
            resolver.resolve(try node(#"{"Fn::FindInMap": ["Sizes", {"Ref": "Env"}, "Cpu"]}"#))
                == .value(.number("1024")))
        #expect(
            resolver.resolve(try node(#"{"Fn::GetAZs": ""}"#))
                == .value(.list([.string("us-east-2a"), .string("us-east-2b")])))
        #expect(
            resolver.resolve(try node(#"{"Fn::Select": [1, {"Fn::GetAZs": {"Ref": "AWS::Region"}}]}"#))
                == .value(.string("us-east-2b")))
        #expect(resolver.resolve(try node(#"{"Fn::Base64": "hi"}"#)) == .value(.string("aGk=")))
        #expect(
            resolver.resolve(try node(#"{"Fn::ImportValue": "x"}"#))
                == .unresolvable("Fn::ImportValue is not evaluated by stackcheck"))
    }

    @Test func conditionsAndIf() throws {
        let prod = try sampleResolver(env: "prod")
        let dev = try sampleResolver(env: "dev")
        #expect(prod.condition("IsProd") == true)
        #expect(prod.condition("Both") == true)
        #expect(prod.condition("Either") == false)
        #expect(dev.condition("NotProd") == true)
        #expect(dev.condition("Either") == true)
        #expect(prod.condition("Loop") == nil)
        #expect(prod.condition("Missing") == nil)
        let choice = try node(#"{"Fn::If": ["IsProd", 4, {"Ref": "AWS::NoValue"}]}"#)
        #expect(prod.resolve(choice) == .value(.number("4")))
        #expect(dev.resolve(choice) == .noValue)
        let extra = try #require(prod.context.template["Resources"]?["Extra"])
        #expect(prod.isEnabled(resource: extra) == false)
        #expect(dev.isEnabled(resource: extra) == true)
    }

    @Test func unresolvablePartsMakeTheWholeValueUnresolvable() throws {
        let resolver = try sampleResolver()
        let value = try node(#"{"Tags": [{"Key": "a", "Value": {"Fn::GetAtt": ["Cluster", "Arn"]}}]}"#)
        #expect(resolver.resolve(value) == .unresolvable("Fn::GetAtt Cluster.Arn is not known from the live stack"))
    }
}
