import AWS
import Foundation
import Testing

/// credential_process: its Expiration is honoured (cached until shortly before), then it runs again.
struct CredentialProcessRefreshTests {
    /// A process that counts its runs in a file and prints credentials expiring `lifetime` from now.
    func process(_ folder: TemporaryFolder, lifetime: TimeInterval) throws -> ProcessCredentialProvider {
        let counter = folder.path("runs")
        let expiration = Date().addingTimeInterval(lifetime).formatted(.iso8601)
        let script = try folder.write(
            "creds.sh",
            """
            #!/bin/sh
            echo run >> '\(counter)'
            echo '{"Version": 1, "AccessKeyId": "AKIDPROC", "SecretAccessKey": "s", "SessionToken": "t", \
            "Expiration": "\(expiration)"}'
            """)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script)
        return ProcessCredentialProvider(
            profile: "p", command: "/bin/sh '\(script)' --flag", environment: ProcessInfo.processInfo.environment)
    }

    func runs(_ folder: TemporaryFolder) -> Int {
        ((try? String(contentsOfFile: folder.path("runs"), encoding: .utf8)) ?? "").split(separator: "\n").count
    }

    @Test func longLivedCredentialsAreKeptAndNearExpiryOnesFetchedAgain() async throws {
        let folder = try TemporaryFolder()
        let lasting = CachingCredentialProvider(try process(folder, lifetime: 3600))
        let first = try await lasting.credentials()
        _ = try await lasting.credentials()
        #expect(first.sessionToken == "t")
        #expect(first.expiration.map { abs($0.timeIntervalSinceNow - 3600) < 60 } == true)
        #expect(runs(folder) == 1)

        let other = try TemporaryFolder()
        // Inside the five-minute refresh margin: every use runs the process again.
        let expiring = CachingCredentialProvider(try process(other, lifetime: 120))
        _ = try await expiring.credentials()
        _ = try await expiring.credentials()
        #expect(runs(other) == 2)
    }

    @Test func versionOtherThanOneIsRefused() async throws {
        let folder = try TemporaryFolder()
        let script = try folder.write(
            "v2.sh", "#!/bin/sh\necho '{\"Version\": 2, \"AccessKeyId\": \"A\", \"SecretAccessKey\": \"S\"}'\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script)
        let provider = ProcessCredentialProvider(profile: "v2", command: "/bin/sh '\(script)'", environment: [:])
        let error = await #expect(throws: CredentialError.self) { try await provider.credentials() }
        #expect(error?.description == "profile \"v2\": credential_process printed Version 2; only 1 is known")
    }

    // The scripts run through /bin/sh rather than being executed themselves: a file written a moment ago may
    // still be open for writing in a child another test is forking, and executing it then fails (ETXTBSY, 126).
    @Test func aProcessThatNeverEndsIsStopped() async throws {
        let folder = try TemporaryFolder()
        let script = try folder.write("hang.sh", "#!/bin/sh\nexec sleep 60\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script)
        let provider = ProcessCredentialProvider(profile: "slow", command: "/bin/sh '\(script)'", environment: [:], timeout: 1)
        let error = await #expect(throws: CredentialError.self) { try await provider.credentials() }
        #expect(error?.description == "profile \"slow\": credential_process did not finish within 1 s, and was stopped")
    }
}
