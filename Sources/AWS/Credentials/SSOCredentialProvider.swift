import FoundationEssentials
import TextBasics

/// IAM Identity Center: the access token `aws sso login` cached in `~/.aws/sso/cache/<sha1>.json`
/// (sha1 of the start URL for a legacy profile, of the session name for an `[sso-session]`), traded for
/// the role's credentials with the portal's GetRoleCredentials. stackcheck only reads the cache: an
/// expired or missing token is an error that says to log in again.
public struct SSOCredentialProvider: CredentialProvider {
    public let settings: SSOSettings
    let context: CredentialContext

    public init(settings: SSOSettings, context: CredentialContext) {
        self.settings = settings
        self.context = context
    }

    /// The cache file's name as the AWS CLI (botocore's `SSOTokenLoader`) writes it.
    public static func cacheFileName(startURL: String, sessionName: String?) -> String {
        Digest.sha1Hex(Array((sessionName ?? startURL).utf8)) + ".json"
    }

    public func credentials() async throws -> Credentials {
        let place = "profile \"\(settings.profile)\""
        let login = "run `aws sso login --profile \(settings.profile)`"
        let token = try cachedToken(login: login)
        let endpoint: ResolvedEndpoint
        do {
            endpoint = try context.configuration.endpoint(for: .sso, region: settings.region)
        } catch {
            throw CredentialError("\(place): \(error)")
        }
        var components = URLComponents(url: endpoint.url, resolvingAgainstBaseURL: false)!
        components.path =
            components.path.hasSuffix("/")
            ? components.path.dropLast() + "/federation/credentials"
            : components.path + "/federation/credentials"
        components.queryItems = [
            URLQueryItem(name: "role_name", value: settings.roleName),
            URLQueryItem(name: "account_id", value: settings.accountId),
        ]
        let request = HTTPRequest(
            method: "GET", url: components.url!,
            headers: [("x-amz-sso_bearer_token", token), ("Accept", "application/json")])
        let what = "\(place): SSO GetRoleCredentials for \(settings.roleName) in \(settings.accountId)"
        let response: HTTPResponse
        do {
            response = try await context.transport.send(request, timeout: .seconds(30))
        } catch let error as TransportError {
            throw CredentialError("\(what) failed: \(error)")
        }
        let object = try? JSONAnswerParser.parse(response.body)
        guard response.status == 200 else {
            let code =
                response.header("x-amzn-ErrorType")?.split(separator: ":").first.map(String.init)
                ?? "HTTP \(response.status)"
            let message = (object?["message"] ?? object?["Message"])?.string
            if response.status == 401 || response.status == 403 {
                throw CredentialError("\(what) was refused (\(code)): the SSO session has expired; \(login)")
            }
            throw CredentialError("\(what) failed: \(code)\(message.map { ": \($0)" } ?? "")")
        }
        guard let role = object?["roleCredentials"], role.isObject, let keyId = role["accessKeyId"]?.string,
            let secret = role["secretAccessKey"]?.string, !keyId.isEmpty, !secret.isEmpty
        else {
            throw CredentialError("\(what): the answer has no roleCredentials")
        }
        let expiration = role["expiration"]?.double.map { Date(timeIntervalSince1970: $0 / 1000) }
        return Credentials(
            accessKeyId: keyId, secretAccessKey: secret, sessionToken: role["sessionToken"]?.string,
            expiration: expiration)
    }

    private func cachedToken(login: String) throws -> String {
        let place = "profile \"\(settings.profile)\""
        let directory = SharedConfigFiles.expand("~/.aws/sso/cache", context.configuration.environment)
        let path = directory + "/" + Self.cacheFileName(startURL: settings.startURL, sessionName: settings.sessionName)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CredentialError("\(place): no SSO login is cached (\(path)); \(login)")
        }
        guard let object = try? JSONAnswerParser.parse(Array(data)),
            let token = object["accessToken"]?.string, !token.isEmpty,
            let expiresText = object["expiresAt"]?.string
        else {
            throw CredentialError("\(place): the cached SSO login \(path) is not readable; \(login)")
        }
        let expiresAt = try? CredentialDocument.timestamp(
            expiresText.replacingText("UTC", with: "Z"), source: place)
        guard let expiresAt, expiresAt > context.clock() else {
            throw CredentialError("\(place): the SSO session has expired; \(login)")
        }
        return token
    }
}
