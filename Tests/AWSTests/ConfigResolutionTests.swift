import AWS
import Foundation
import Testing

/// Region and endpoint resolution from flags, an injected environment and temporary shared files.
struct ConfigResolutionTests {
    static func configuration(
        _ folder: TemporaryFolder, region: String? = nil, profile: String? = nil, endpointURL: String? = nil,
        _ extra: [String: String] = [:]
    ) throws -> AWSConfiguration {
        try AWSConfiguration(
            region: region, profile: profile, endpointURL: endpointURL, environment: folder.environment(extra))
    }

    @Test func regionPrecedence() throws {
        let folder = try TemporaryFolder()
        try folder.write("config", "[default]\nregion = eu-west-1\n[profile ci]\nregion = ap-south-1\n")
        let env = ["AWS_REGION": "us-east-2", "AWS_DEFAULT_REGION": "us-west-1"]
        #expect(try Self.configuration(folder, region: "ca-central-1", env).region == "ca-central-1")
        #expect(try Self.configuration(folder, env).region == "us-east-2")
        #expect(try Self.configuration(folder, ["AWS_DEFAULT_REGION": "us-west-1"]).region == "us-west-1")
        #expect(try Self.configuration(folder).region == "eu-west-1")
        #expect(try Self.configuration(folder, ["AWS_PROFILE": "ci"]).region == "ap-south-1")
        #expect(try Self.configuration(folder, profile: "ci").region == "ap-south-1")
    }

    @Test func missingRegionSaysHowToSetOne() throws {
        let folder = try TemporaryFolder()
        let configuration = try Self.configuration(folder)
        let error = #expect(throws: ConfigError.self) { try configuration.endpoint(for: .cloudFormation) }
        #expect(
            error?.description
                == "error: no AWS region, and pass --region, set AWS_REGION, or set `region` in profile "
                + "\"default\" of \(folder.path("config"))"
        )
    }

    @Test func namedProfileMustExist() throws {
        let folder = try TemporaryFolder()
        let error = #expect(throws: ConfigError.self) { try Self.configuration(folder, profile: "prod") }
        #expect(
            error?.description
                == "--profile: error: profile \"prod\" is not in \(folder.path("credentials")) and "
                + "\(folder.path("config")), and add it there or name another"
        )
    }

    @Test func standardEndpoints() throws {
        let folder = try TemporaryFolder()
        let configuration = try Self.configuration(folder, region: "eu-central-1")
        let cases: [(AWSService, String, String)] = [
            (.cloudFormation, "https://cloudformation.eu-central-1.amazonaws.com", "cloudformation"),
            (.ecs, "https://ecs.eu-central-1.amazonaws.com", "ecs"),
            (
                .elasticLoadBalancingV2, "https://elasticloadbalancing.eu-central-1.amazonaws.com",
                "elasticloadbalancing"
            ),
            (
                .applicationAutoScaling, "https://application-autoscaling.eu-central-1.amazonaws.com",
                "application-autoscaling"
            ),
            (.cloudWatchLogs, "https://logs.eu-central-1.amazonaws.com", "logs"),
            (.ec2, "https://ec2.eu-central-1.amazonaws.com", "ec2"),
            (.sts, "https://sts.eu-central-1.amazonaws.com", "sts"),
        ]
        for (service, url, signingName) in cases {
            let endpoint = try configuration.endpoint(for: service)
            #expect(
                endpoint
                    == ResolvedEndpoint(
                        url: URL(string: url)!, signingRegion: "eu-central-1", signingName: signingName,
                        source: .standard))
        }
        let iam = try configuration.endpoint(for: .iam)
        #expect(iam.url.absoluteString == "https://iam.amazonaws.com")
        #expect(iam.signingRegion == "us-east-1")
        #expect(try Self.configuration(folder).endpoint(for: .iam).signingRegion == "us-east-1")
    }

    @Test func serviceVariableNames() {
        #expect(AWSService.cloudFormation.endpointEnvironmentVariable == "AWS_ENDPOINT_URL_CLOUDFORMATION")
        #expect(
            AWSService.elasticLoadBalancingV2.endpointEnvironmentVariable
                == "AWS_ENDPOINT_URL_ELASTIC_LOAD_BALANCING_V2")
        #expect(
            AWSService.applicationAutoScaling.endpointEnvironmentVariable == "AWS_ENDPOINT_URL_APPLICATION_AUTO_SCALING"
        )
        #expect(AWSService.cloudWatchLogs.endpointEnvironmentVariable == "AWS_ENDPOINT_URL_CLOUDWATCH_LOGS")
        #expect(
            [AWSService.ecs, .iam, .ec2, .sts].map(\.endpointEnvironmentVariable) == [
                "AWS_ENDPOINT_URL_ECS", "AWS_ENDPOINT_URL_IAM", "AWS_ENDPOINT_URL_EC2", "AWS_ENDPOINT_URL_STS",
            ])
    }

    @Test func endpointPrecedence() throws {
        let folder = try TemporaryFolder()
        try folder.write(
            "config",
            """
            [default]
            region = us-east-2
            endpoint_url = http://profile:1
            services = local
            [services local]
            elastic_load_balancing_v2 =
              endpoint_url = http://services:2
            """)
        let env = [
            "AWS_ENDPOINT_URL": "http://global:3", "AWS_ENDPOINT_URL_CLOUDFORMATION": "http://cfn:4",
        ]
        func resolve(_ service: AWSService, flag: String? = nil, _ env: [String: String]) throws -> (
            String, ResolvedEndpoint.Source
        ) {
            let endpoint = try Self.configuration(folder, endpointURL: flag, env).endpoint(for: service)
            #expect(endpoint.signingRegion == "us-east-2")
            return (endpoint.url.absoluteString, endpoint.source)
        }
        #expect(try resolve(.cloudFormation, flag: "http://127.0.0.1:5000", env) == ("http://127.0.0.1:5000", .flag))
        #expect(try resolve(.cloudFormation, env) == ("http://cfn:4", .serviceEnvironment))
        #expect(try resolve(.ecs, env) == ("http://global:3", .environment))
        #expect(try resolve(.elasticLoadBalancingV2, [:]) == ("http://services:2", .serviceConfig))
        #expect(try resolve(.ecs, [:]) == ("http://profile:1", .profileConfig))
        let ignored = ["AWS_IGNORE_CONFIGURED_ENDPOINT_URLS": "true"].merging(env) { $1 }
        #expect(try resolve(.cloudFormation, ignored) == ("https://cloudformation.us-east-2.amazonaws.com", .standard))
        #expect(
            try resolve(.cloudFormation, flag: "http://127.0.0.1:5000", ignored) == ("http://127.0.0.1:5000", .flag))
    }

    @Test func badEndpointURLNamesItsOrigin() throws {
        let folder = try TemporaryFolder()
        let flagError = #expect(throws: ConfigError.self) {
            try Self.configuration(folder, endpointURL: "localhost:5000")
        }
        #expect(
            flagError?.description
                == "--endpoint-url: error: `localhost:5000` is not an http(s) URL, and give one like https://host:port")
        let configuration = try Self.configuration(folder, region: "us-east-1", ["AWS_ENDPOINT_URL_ECS": "ftp://x"])
        let envError = #expect(throws: ConfigError.self) { try configuration.endpoint(for: .ecs) }
        #expect(
            envError?.description
                == "AWS_ENDPOINT_URL_ECS: error: `ftp://x` is not an http(s) URL, and give one like https://host:port")
    }
}
