import Foundation
import StackCheckTestSupport

/// One case of the aws-c-auth SigV4 suite (../shared/testdata/sigv4/v4/NAME).
struct SigningVector {
    struct Context: Decodable {
        struct Keys: Decodable {
            var access_key_id: String
            var secret_access_key: String
            var token: String?
        }
        var credentials: Keys
        var expiration_in_seconds: Int
        var normalize: Bool
        var region: String
        var service: String
        var sign_body: Bool
        var timestamp: String
        var omit_session_token: Bool?
    }

    let name: String
    let folder: URL
    let context: Context
    let request: RawRequest

    static var folder: URL? { TestData.root?.appendingPathComponent("sigv4/v4") }

    /// Every case folder's name, sorted; empty when the test data is absent.
    static var names: [String] {
        guard let folder, let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else {
            return []
        }
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }

    init(_ name: String) throws {
        self.name = name
        folder = Self.folder!.appendingPathComponent(name)
        context = try JSONDecoder().decode(
            Context.self, from: Data(contentsOf: folder.appendingPathComponent("context.json")))
        request = try RawRequest(String(contentsOf: folder.appendingPathComponent("request.txt"), encoding: .utf8))
    }

    func text(of file: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
    }

    var date: Date { ISO8601DateFormatter().date(from: context.timestamp)! }
}

/// A raw HTTP/1.1 request as the suite writes it: the target is taken literally (it may hold spaces and
/// raw UTF-8), obs-folded header lines are unfolded into one value (RFC 9112 section 5.2: each fold is
/// replaced by a space), and the body is everything after the blank line.
struct RawRequest {
    var method: String
    var path: String
    var query: String
    var headers: [(name: String, value: String)]
    var body: [UInt8]

    init(_ text: String) throws {
        let (head, body) =
            text.range(of: "\n\n").map { (String(text[..<$0.lowerBound]), String(text[$0.upperBound...])) }
            ?? (text, "")
        var lines = head.components(separatedBy: "\n").filter { !$0.isEmpty }
        let requestLine = lines.removeFirst()
        guard let firstSpace = requestLine.firstIndex(of: " "), let lastSpace = requestLine.lastIndex(of: " ") else {
            throw VectorError(description: "bad request line: \(requestLine)")
        }
        method = String(requestLine[..<firstSpace])
        let target = requestLine[requestLine.index(after: firstSpace)..<lastSpace]
        path = String(target.prefix { $0 != "?" })
        query = target.contains("?") ? String(target[target.index(after: target.firstIndex(of: "?")!)...]) : ""
        headers = []
        for line in lines {
            if line.first == " " || line.first == "\t" {
                headers[headers.count - 1].value += " " + line.trimmingCharacters(in: .whitespaces)
            } else if let colon = line.firstIndex(of: ":") {
                headers.append((String(line[..<colon]), String(line[line.index(after: colon)...])))
            } else {
                throw VectorError(description: "bad header line: \(line)")
            }
        }
        self.body = Array(body.utf8)
    }

    /// Headers as comparable text: `name:value` with the name lower-cased and the value collapsed, sorted.
    var headerLines: [String] {
        headers.map { "\($0.name.lowercased()):\($0.value.split(separator: " ").joined(separator: " "))" }.sorted()
    }
}

struct VectorError: Error, CustomStringConvertible { var description: String }
