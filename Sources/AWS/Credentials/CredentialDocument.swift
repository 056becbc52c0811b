import Foundation

/// Parsing of the documents credential endpoints answer with. Error text names fields, never values.
enum CredentialDocument {
    /// The JSON of the container and instance metadata endpoints:
    /// `{"AccessKeyId", "SecretAccessKey", "Token", "Expiration"}`.
    static func json(_ body: [UInt8], source: String) throws -> Credentials {
        guard let object = try? JSONSerialization.jsonObject(with: Data(body)) as? [String: Any] else {
            throw CredentialError("\(source): the answer is not a JSON object")
        }
        if let code = object["Code"] as? String, code != "Success" {
            let message = object["Message"] as? String ?? ""
            throw CredentialError("\(source): the endpoint answered \(code)\(message.isEmpty ? "" : ": \(message)")")
        }
        return try credentials(
            in: object, token: "Token", source: source,
            missing: "\(source): the answer has no AccessKeyId and SecretAccessKey")
    }

    /// The keys of a parsed document (the endpoints' JSON, `credential_process` output), its session
    /// token from the member `token`; `missing` is the error when either key is absent or empty.
    static func credentials(in object: [String: Any], token: String, source: String, missing: String) throws
        -> Credentials
    {
        guard let keyId = object["AccessKeyId"] as? String, let secret = object["SecretAccessKey"] as? String,
            !keyId.isEmpty, !secret.isEmpty
        else {
            throw CredentialError(missing)
        }
        return Credentials(
            accessKeyId: keyId, secretAccessKey: secret, sessionToken: object[token] as? String,
            expiration: try (object["Expiration"] as? String).map { try timestamp($0, source: source) })
    }

    /// ISO 8601 as AWS writes it, with or without fractional seconds.
    static func timestamp(_ text: String, source: String) throws -> Date {
        let plain = ISO8601DateFormatter()
        let fractional = ISO8601DateFormatter()
        fractional.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        guard let date = plain.date(from: text) ?? fractional.date(from: text) else {
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
                fields[name] = found.text.trimmingCharacters(in: .whitespacesAndNewlines)
            }
        }
        return fields
    }
}
