import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

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
        guard let keyId = object["AccessKeyId"] as? String, let secret = object["SecretAccessKey"] as? String,
            !keyId.isEmpty, !secret.isEmpty
        else {
            throw CredentialError("\(source): the answer has no AccessKeyId and SecretAccessKey")
        }
        return Credentials(
            accessKeyId: keyId, secretAccessKey: secret, sessionToken: object["Token"] as? String,
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

    /// The text of the first element of each wanted name, anywhere in an XML document.
    static func xmlFields(_ body: [UInt8], _ names: Set<String>) -> [String: String]? {
        let collector = XMLFieldCollector(names)
        let parser = XMLParser(data: Data(body))
        parser.delegate = collector
        return parser.parse() ? collector.fields : nil
    }
}

private final class XMLFieldCollector: NSObject, XMLParserDelegate {
    let wanted: Set<String>
    var fields: [String: String] = [:]
    private var current: String?
    private var text = ""

    init(_ wanted: Set<String>) { self.wanted = wanted }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        if wanted.contains(name), fields[name] == nil {
            current = name
            text = ""
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if current != nil { text += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == current {
            fields[name] = text.trimmingCharacters(in: .whitespacesAndNewlines)
            current = nil
        }
    }
}
