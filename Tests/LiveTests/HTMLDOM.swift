import Foundation

/// Just enough reading of a DOM Chromium dumped to assert on: elements by tag and attribute.
struct HTMLDOM {
    struct Element {
        var tag: String
        var attributes: [String: String]
        /// The element's markup up to its closing tag (for sections and rows; empty for void/SVG leaves).
        var inner: String
    }

    var html: String

    /// Every `<tag ...>` whose attributes include `where` (all of them), in document order.
    func elements(_ tag: String, where wanted: [String: String] = [:]) -> [Element] {
        var found: [Element] = []
        var rest = html[...]
        while let open = [rest.range(of: "<\(tag) "), rest.range(of: "<\(tag)>")].compactMap({ $0 })
            .min(by: { $0.lowerBound < $1.lowerBound })
        {
            guard let end = rest[open.lowerBound...].firstIndex(of: ">") else { break }
            let head = String(rest[open.lowerBound...end])
            let after = rest[rest.index(after: end)...]
            let inner = after.range(of: "</\(tag)>").map { String(after[..<$0.lowerBound]) } ?? ""
            let attributes = Self.attributes(head)
            if wanted.allSatisfy({ attributes[$0.key] == $0.value }) {
                found.append(Element(tag: tag, attributes: attributes, inner: inner))
            }
            rest = after
        }
        return found
    }

    static func attributes(_ head: String) -> [String: String] {
        var out: [String: String] = [:]
        let pattern = /([a-zA-Z_:][-a-zA-Z0-9_:.]*)="([^"]*)"/
        for match in head.matches(of: pattern) { out[String(match.1)] = String(match.2) }
        return out
    }
}
