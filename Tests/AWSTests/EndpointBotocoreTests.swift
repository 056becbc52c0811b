import AWS
import Foundation
import StackCheckTestSupport
import Testing

/// `stackcheck config --format json` gives each service the host (and signing region) botocore's endpoint
/// rules give, for FIPS, dual-stack, China, GovCloud and ISO regions; where botocore has no endpoint,
/// stackcheck reports an error for that service. botocore is asked at test time, through python.
@Suite("Endpoints: the same hosts as botocore")
struct EndpointBotocoreTests {
    static let regions = [
        "us-east-1", "eu-west-1", "cn-north-1", "cn-northwest-1", "us-gov-west-1", "us-gov-east-1", "us-iso-east-1",
        "us-isob-east-1",
    ]

    /// Captures the URL and SigV4 scope of one call per service, before anything is sent.
    static let script = #"""
        import json, re, sys
        import botocore.session
        from botocore.awsrequest import AWSResponse
        from botocore.config import Config
        ops = {"cloudformation": ("describe_stacks", {}), "ecs": ("list_clusters", {}),
               "elbv2": ("describe_load_balancers", {}),
               "application-autoscaling": ("describe_scalable_targets", {"ServiceNamespace": "ecs"}),
               "logs": ("describe_log_groups", {}), "iam": ("list_users", {}), "ec2": ("describe_vpcs", {}),
               "sts": ("get_caller_identity", {}), "s3": ("list_buckets", {}),
               "sso": ("list_accounts", {"accessToken": "x"})}
        session = botocore.session.get_session()
        out = {}
        for region in sys.argv[1:]:
            for fips in (False, True):
                for dual in (False, True):
                    for name, (op, args) in ops.items():
                        key = f"{region} {str(fips).lower()} {str(dual).lower()} {name}"
                        seen = {}
                        def capture(request, **_):
                            auth = request.headers.get("Authorization", b"")
                            auth = auth.decode() if isinstance(auth, bytes) else auth
                            scope = re.search(r"Credential=[^/]+/\d+/([^/]+)/", auth)
                            seen.update(host=request.url.split("/")[2], region=scope.group(1) if scope else None)
                            return AWSResponse(request.url, 599, {}, None)
                        client = session.create_client(
                            name, region_name=region, aws_access_key_id="a", aws_secret_access_key="b",
                            config=Config(use_fips_endpoint=fips, use_dualstack_endpoint=dual,
                                          retries={"max_attempts": 0}))
                        client.meta.events.register("before-send", capture)
                        try:
                            getattr(client, op)(**args)
                        except Exception as error:
                            if not seen:
                                seen = {"error": type(error).__name__}
                        out[key] = seen
        print(json.dumps(out))
        """#

    @Test func everyServiceInEveryPartitionAndVariant() async throws {
        let python = try await Python.run(["-c", Self.script] + Self.regions)
        #expect(python.status == 0, "\(python.stderr)")
        let botocore = try JSONSerialization.jsonObject(with: Data(python.stdout.utf8)) as? [String: [String: Any]]
        let expected = try #require(botocore)
        var compared = 0
        for region in Self.regions {
            for fips in [false, true] {
                for dual in [false, true] {
                    let result = try await CLI.run(
                        ["config", "--region", region, "--format", "json"],
                        environment: [
                            "AWS_USE_FIPS_ENDPOINT": "\(fips)", "AWS_USE_DUALSTACK_ENDPOINT": "\(dual)",
                            "AWS_ENDPOINT_URL": nil, "AWS_PROFILE": nil, "AWS_CONFIG_FILE": "/nonexistent/config",
                            "AWS_SHARED_CREDENTIALS_FILE": "/nonexistent/credentials", "AWS_CA_BUNDLE": nil,
                        ])
                    let report = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
                    let endpoints = try #require(
                        report?["endpoints"] as? [String: [String: String]], "\(result.stderr)")
                    for (name, _) in EndpointRules.reported {
                        let want = try #require(expected["\(region) \(fips) \(dual) \(name)"])
                        let got = endpoints[name] ?? [:]
                        let what = "\(name) in \(region), fips \(fips), dual-stack \(dual)"
                        if want["error"] != nil {
                            #expect(got["error"] != nil, "\(what): botocore has no endpoint, stackcheck gave \(got)")
                        } else {
                            #expect(got["url"] == "https://" + (want["host"] as? String ?? ""), "\(what)")
                            if let signing = want["region"] as? String {
                                #expect(got["signingRegion"] == signing, "\(what)")
                            }
                        }
                        compared += 1
                    }
                }
            }
        }
        #expect(compared == Self.regions.count * 4 * EndpointRules.reported.count)
    }
}
