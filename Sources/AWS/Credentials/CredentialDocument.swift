import FoundationEssentials
import TextBasics

/// Parsing of the documents credential endpoints answer with. Error text names fields, never values.
enum CredentialDocument {
    /// The JSON of the container and instance metadata endpoints:
    /// `{"AccessKeyId", "SecretAccessKey", "Token", "Expiration"}`.
    static func json(_ body: [UInt8], source: String) throws -> Credentials {
        guard let object = try? JSONAnswerParser.parse(body), object.isObject else {
            throw CredentialError("\(source): the answer is not a JSON object")
        }
        if let code = object["Code"]?.string, code != "Success" {
            let message = object["Message"]?.string ?? ""
            throw CredentialError("\(source): the endpoint answered \(code)\(message.isEmpty ? "" : ": \(message)")")
        }
        return try credentials(
            in: object, token: "Token", source: source,
            missing: "\(source): the answer has no AccessKeyId and SecretAccessKey")
    }

    /// The keys of a parsed document (the endpoints' JSON, `credential_process` output), its session
    /// token from the member `token`; `missing` is the error when either key is absent or empty.
    static func credentials(in object: JSONAnswerValue, token: String, source: String, missing: String) throws
        -> Credentials
    {
        guard let keyId = object["AccessKeyId"]?.string, let secret = object["SecretAccessKey"]?.string,
            !keyId.isEmpty, !secret.isEmpty
        else {
            throw CredentialError(missing)
        }
        return Credentials(
            accessKeyId: keyId, secretAccessKey: secret, sessionToken: object[token]?.string,
            expiration: try object["Expiration"]?.string.map { try timestamp($0, source: source) })
    }

    /// ISO 8601 as AWS writes it, with or without fractional seconds.
    static func timestamp(_ text: String, source: String) throws -> Date {
        guard let date = Timestamp.parse(text) else {
            throw CredentialError("\(source): Expiration `\(text)` is not an ISO 8601 time")
        }
        return date
    }

    /// The text of the first element of each wanted name, anywhere in an XML document (our own XML
    /// reader: FoundationXML would bring libxml2 and ICU into every run's start-up).
    static func xmlFields(_ body: [UInt8], _ names: Set<String>) -> [String: String]? {
        guard let root = try? XMLTreeParser.parse(body) else { return nil }
        var fields: [String: String] = [:]
        for name in names {
            if let found = root.name == name ? root : root.first(named: name) {
                fields[name] = found.text.trimmed()
            }
        }
        return fields
    }
}
