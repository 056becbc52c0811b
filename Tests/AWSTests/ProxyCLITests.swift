import AWS
import Foundation
import StackCheckTestSupport
import Testing

/// Proxies come from the environment (libcurl's own reading of http_proxy/https_proxy/no_proxy), as
/// in the AWS CLI. Run through the CLI so the proxy variables stay in the child's environment.
@Suite("Proxies from the environment")
struct ProxyCLITests {
    var environment: [String: String?] {
        [
            "AWS_ACCESS_KEY_ID": "AKIDPROXY", "AWS_SECRET_ACCESS_KEY": "proxy-secret", "AWS_REGION": "us-east-1",
            "AWS_PROFILE": nil, "AWS_ENDPOINT_URL": nil, "AWS_SESSION_TOKEN": nil, "HTTP_PROXY": nil,
            "HTTPS_PROXY": nil,
            "NO_PROXY": nil, "no_proxy": nil,
        ]
    }

    @Test func requestsGoThroughTheProxy() async throws {
        let proxy = try FaultServer([], success: FaultServer.callerIdentityXML)
        var env = environment
        env["http_proxy"] = proxy.endpoint.absoluteString
        let result = try await CLI.run(["whoami", "--endpoint-url", "http://sts.proxied.invalid"], environment: env)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("arn:aws:iam::123456789012:user/fault"))
        // A proxy sees the absolute URL, and the Host the request was signed for.
        #expect(proxy.server.requests.first?.target == "http://sts.proxied.invalid/")
        #expect(proxy.server.requests.first?.header("Host") == "sts.proxied.invalid")
    }

    @Test func noProxyHostsGoDirect() async throws {
        let proxy = try FaultServer([], success: FaultServer.callerIdentityXML)
        let target = try FaultServer([], success: FaultServer.callerIdentityXML)
        var env = environment
        env["http_proxy"] = proxy.endpoint.absoluteString
        env["no_proxy"] = "127.0.0.1"
        let result = try await CLI.run(["whoami", "--endpoint-url", target.endpoint.absoluteString], environment: env)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(proxy.requestCount == 0)
        #expect(target.requestCount == 1)
    }
}
