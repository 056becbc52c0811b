import FoundationEssentials
import TextBasics

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What providers built from profiles need besides the files: the run's configuration (environment,
/// region, endpoints), the transport, and where MFA codes come from.
public struct CredentialContext: Sendable {
    /// Asked for the code of `serial` when the role of `profile` needs MFA; throws when there is none.
    public typealias MFACode = @Sendable (_ profile: String, _ serial: String) async throws -> String

    public var configuration: AWSConfiguration
    public var transport: any HTTPTransport
    public var mfaCode: MFACode
    public var clock: @Sendable () -> Date

    public init(
        configuration: AWSConfiguration, transport: any HTTPTransport, mfaCode: MFACode? = nil,
        clock: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.configuration = configuration
        self.transport = transport
        self.mfaCode = mfaCode ?? Self.noMFA
        self.clock = clock
    }

    /// A non-interactive run: a role with `mfa_serial` is an error that says what to do.
    public static let noMFA: MFACode = { profile, serial in
        throw CredentialError(
            "profile \"\(profile)\": the role needs an MFA code for \(serial), and this run is not interactive; "
                + "pass --mfa-token CODE or run on a terminal")
    }

    /// STS in the configured region (the regional endpoint, or the configured custom one).
    var stsRegion: String { configuration.region ?? "us-east-1" }
}

/// MFA codes for the CLI: `--mfa-token` when given, else a prompt on the terminal, else `noMFA`'s error.
public enum MFAPrompt {
    public static func codes(token: String?) -> CredentialContext.MFACode {
        if let token { return { _, _ in token } }
        return { profile, serial in
            guard isatty(STDIN_FILENO) == 1 else { return try await CredentialContext.noMFA(profile, serial) }
            StandardStream.error.write("Enter MFA code for \(serial): ")
            guard let line = readLine(strippingNewline: true), !line.isEmpty else {
                throw CredentialError("profile \"\(profile)\": no MFA code was entered")
            }
            return line.trimmed(.whitespaces)
        }
    }
}
