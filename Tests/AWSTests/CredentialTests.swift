import AWS
import Foundation
import Testing

struct CredentialTests {
    static let secret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
    static let token = "FwoGZXIvYXdzEXAMPLETOKEN"

    @Test func descriptionsNeverShowTheSecretOrToken() {
        let credentials = Credentials(
            accessKeyId: "AKIDEXAMPLE", secretAccessKey: Self.secret, sessionToken: Self.token,
            expiration: Date(timeIntervalSince1970: 1_440_938_160))
        var dumped = ""
        dump(credentials, to: &dumped)
        for text in [
            credentials.description, credentials.debugDescription, "\(credentials)", String(reflecting: credentials),
            dumped, "\([credentials])",
        ] {
            #expect(!text.contains(Self.secret))
            #expect(!text.contains(Self.token))
            #expect(text.contains("AKIDEXAMPLE"))
        }
        #expect(
            credentials.description
                == "Credentials(accessKeyId: AKIDEXAMPLE, secretAccessKey: <redacted>, sessionToken: <redacted>, "
                + "expiration: 2015-08-30T12:36:00Z)")
    }

    @Test func environmentKeysWithSessionToken() async throws {
        let provider = EnvironmentCredentialProvider(environment: [
            "AWS_ACCESS_KEY_ID": "AKIDENV", "AWS_SECRET_ACCESS_KEY": Self.secret, "AWS_SESSION_TOKEN": Self.token,
        ])
        let credentials = try await provider.credentials()
        #expect(
            credentials == Credentials(accessKeyId: "AKIDENV", secretAccessKey: Self.secret, sessionToken: Self.token))
    }

    @Test func environmentWithoutKeysIsNotConfigured() async {
        let error = await #expect(throws: CredentialError.self) {
            try await EnvironmentCredentialProvider(environment: [:]).credentials()
        }
        #expect(error?.isNotConfigured == true)
        #expect(error?.description == "environment: AWS_ACCESS_KEY_ID is not set")
    }

    @Test func environmentWithHalfAKeyPairIsAnError() async {
        let error = await #expect(throws: CredentialError.self) {
            try await EnvironmentCredentialProvider(environment: ["AWS_SECRET_ACCESS_KEY": Self.secret]).credentials()
        }
        #expect(error?.isNotConfigured == false)
        #expect(
            error?.description == "environment: AWS_SECRET_ACCESS_KEY is set but AWS_ACCESS_KEY_ID is not; set both")
    }

    @Test func expiryMargin() {
        let now = Date(timeIntervalSince1970: 1_000_000)
        let temporary = Credentials(accessKeyId: "A", secretAccessKey: "S", expiration: now + 600)
        #expect(temporary.expires(within: 300, of: now) == false)
        #expect(temporary.expires(within: 300, of: now + 301) == true)
        #expect(Credentials(accessKeyId: "A", secretAccessKey: "S").expires(within: 300, of: now) == false)
    }
}
