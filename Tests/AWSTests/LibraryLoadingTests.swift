import AWS
import Foundation
import StackCheckTestSupport
import Testing

/// libcurl and libcrypto are loaded on first use (CurlLoader), not at start-up: `--version` must not load
/// them, and a command that talks HTTP loads them and still works. Seen from the dynamic loader itself
/// (glibc's LD_DEBUG=files names every library it maps and why), in the built binary as a user runs it.
/// Whether the shipped binary also has no DT_NEEDED entry for them is checked by scripts/package.
@Suite("Libraries loaded on first use")
struct LibraryLoadingTests {
    static let credentials: [String: String?] = [
        "AWS_ACCESS_KEY_ID": "AKIDLOADING", "AWS_SECRET_ACCESS_KEY": "loading-secret", "AWS_REGION": "us-east-1",
        "AWS_PROFILE": nil, "AWS_SESSION_TOKEN": nil, "AWS_ENDPOINT_URL": nil, "AWS_CA_BUNDLE": nil,
        "HTTP_PROXY": nil, "HTTPS_PROXY": nil, "http_proxy": nil, "https_proxy": nil,
        "AWS_CONFIG_FILE": "/nonexistent/config", "AWS_SHARED_CREDENTIALS_FILE": "/nonexistent/credentials",
    ]

    /// The libraries the loader opened with dlopen while `args` ran (not those the binary links).
    func dynamicallyLoaded(_ args: [String], environment: [String: String?] = [:]) async throws -> (
        result: CLIResult, loaded: [String]
    ) {
        var env = environment
        env["LD_DEBUG"] = "files"
        let result = try await CLI.run(args, environment: env)
        // "  1234:\tfile=libcurl.so.4 [0];  dynamically loaded by /path/stackcheck [0]"
        let loaded = result.stderr.split(separator: "\n").filter { $0.contains("dynamically loaded by") }.compactMap {
            line -> String? in
            guard let start = line.range(of: "file=") else { return nil }
            return String(line[start.upperBound...].prefix { $0 != " " })
        }
        return (result, loaded)
    }

    @Test func versionLoadsNeitherLibcurlNorLibcrypto() async throws {
        let (result, loaded) = try await dynamicallyLoaded(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout == "\(StackCheckVersion.current)\n")
        // The dynamic loader does report: the binary's own libraries are there ("needed by").
        #expect(result.stderr.contains("file=libc.so.6"), "LD_DEBUG printed nothing: \(result.stderr.prefix(300))")
        #expect(!loaded.contains { $0.hasPrefix("libcurl") || $0.hasPrefix("libcrypto") }, "\(loaded)")
    }

    @Test func anHTTPCallLoadsLibcurlAndLibcryptoAndWorks() async throws {
        let server = try FaultServer([], success: FaultServer.callerIdentityXML)
        defer { server.stop() }
        let (result, loaded) = try await dynamicallyLoaded(
            ["whoami", "--endpoint-url", server.endpoint.absoluteString], environment: Self.credentials)
        #expect(result.status == 0, "\(result.stderr.suffix(500))")
        #expect(result.stdout.contains("123456789012"), "\(result.stdout)")
        #expect(server.requestCount == 1)
        #expect(loaded.contains { $0.hasPrefix("libcurl") }, "\(loaded)")
        #expect(loaded.contains { $0.hasPrefix("libcrypto") }, "\(loaded)")
    }

    /// libcurl is loaded with GNUTLS_NO_IMPLICIT_INIT=1 (GnuTLS, which its RTMP support links, then skips its
    /// constructor's full initialization), set only while it loads: a credential_process, started after the
    /// load, gets the user's environment as it was (here without the variable, or with the user's own value).
    @Test(arguments: [nil, "0"] as [String?])
    func theGnuTLSVariableStaysOutOfChildProcesses(_ userValue: String?) async throws {
        let server = try FaultServer([], success: FaultServer.callerIdentityXML)
        defer { server.stop() }
        let folder = try TemporaryFolder()
        let seen = folder.path("seen")
        let script = try folder.write(
            "creds.sh",
            """
            #!/bin/sh
            echo "${GNUTLS_NO_IMPLICIT_INIT-unset}" > "\(seen)"
            echo '{"Version": 1, "AccessKeyId": "AKIDPROCESS", "SecretAccessKey": "process-secret"}'
            """)
        chmod(script, 0o755)
        try folder.write("config", "[profile process]\ncredential_process = \(script)\nregion = us-east-1\n")
        var environment = Self.credentials
        for (key, value) in folder.environment() { environment[key] = value }
        environment["AWS_ACCESS_KEY_ID"] = nil
        environment["AWS_SECRET_ACCESS_KEY"] = nil
        environment["GNUTLS_NO_IMPLICIT_INIT"] = userValue
        let result = try await CLI.run(
            ["whoami", "--profile", "process", "--endpoint-url", server.endpoint.absoluteString],
            environment: environment)
        #expect(result.status == 0, "\(result.stderr.suffix(500))")
        #expect(server.requestCount == 1)
        let inherited = try String(contentsOfFile: seen, encoding: .utf8)
        #expect(inherited == "\(userValue ?? "unset")\n")
    }

    /// A machine without the library: the file the loader would open is made unreadable in a private mount
    /// namespace (unshare: a user namespace, no privileges needed), where the binary must say what to
    /// install and exit 2, not crash; `--version` there still works, needing neither library.
    @Test(arguments: ["libcurl.so.4", "libcrypto.so.3"])
    func aMissingLibraryIsExitTwoNamingItsPackage(_ library: String) async throws {
        let cache = try await ChildProcess.run(URL(fileURLWithPath: "/sbin/ldconfig"), ["-p"])
        let line = try #require(cache.stdout.split(separator: "\n").first { $0.contains("\(library) ") })
        let path = try #require(line.components(separatedBy: " => ").last)
        let script = """
            mount --bind /dev/null "$1" || exit 99; shift; "$@"; echo "status $?"; "$1" --version
            """
        let result = try await ChildProcess.run(
            URL(fileURLWithPath: "/usr/bin/unshare"),
            ["-Urm", "sh", "-c", script, "sh", path, CLI.binary.path, "whoami", "--endpoint-url",
             "http://127.0.0.1:9"],
            environment: Self.credentials)
        #expect(result.stdout.contains("status 2\n"), "\(result.stdout) \(result.stderr)")
        #expect(result.stderr.contains("stackcheck needs \(library), which could not be loaded"), "\(result.stderr)")
        #expect(result.stderr.contains("; install lib"), "\(result.stderr)")
        #expect(result.stdout.hasSuffix("\(StackCheckVersion.current)\n"), "\(result.stdout)")
    }
}
