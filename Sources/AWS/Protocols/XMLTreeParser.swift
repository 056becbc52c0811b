/// Builds an `XMLTree` from an AWS answer's bytes with a small strict reader of our own (XMLByteReader):
/// query-protocol answers are plain elements, attributes, text, entities and CDATA, and Foundation's
/// XMLParser cost a start-up of libxml2 and FoundationXML on every run for that. No DOCTYPE is accepted,
/// so no entity is ever defined or resolved; nesting past 256 levels (libxml2's limit) is refused.
public enum XMLTreeParser {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    static let maxDepth = 256

    public static func parse(_ bytes: [UInt8]) throws -> XMLTree {
        // The answer's own bytes, read in place: a 64 MiB answer must not be held twice.
        try bytes.withUnsafeBufferPointer { buffer in
            var reader = XMLByteReader(buffer)
            return try reader.document()
        }
    }
}

/// Builds the tree with memory in proportion to the content: element names are shared (a long list
/// repeats a few names thousands of times), and the indentation between child elements is dropped.
struct XMLTreeBuilder {
    private(set) var open: [XMLTree] = []
    private(set) var root: XMLTree?
    private var names: [String: String] = [:]

    var depth: Int { open.count }

    mutating func start(_ name: String, attributes: [String: String]) {
        let shared = names[name] ?? name
        if names.count < 4096 { names[shared] = shared }
        open.append(XMLTree(name: shared, attributes: attributes))
    }

    mutating func text(_ text: String) {
        guard !open.isEmpty else { return }
        open[open.count - 1].text += text
    }

    /// Whether `name` (the bytes of an end tag) closes the innermost open element.
    func closes(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let top = open.last else { return false }
        return top.name.utf8.elementsEqual(name)
    }

    var innermostName: String? { open.last?.name }

    mutating func end() {
        guard var done = open.popLast() else { return }
        if !done.children.isEmpty {
            if done.text.allSatisfy(\.isWhitespace) { done.text = "" }
            // Appending left up to twice the room needed; a list of thousands keeps only what it holds.
            if done.children.capacity > done.children.count {
                done.children = done.children.withUnsafeBufferPointer { Array($0) }
            }
        }
        if open.isEmpty {
            root = done
        } else {
            open[open.count - 1].children.append(done)
        }
    }
}
