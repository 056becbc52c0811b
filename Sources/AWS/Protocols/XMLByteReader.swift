/// A strict, non-recursive XML 1.0 reader over bytes, for the subset AWS answers use: one root element,
/// attributes, text with the five predefined entities and character references, CDATA, comments and
/// processing instructions (skipped). What it does not accept is an error naming line and column, never a
/// guess: a DOCTYPE, undefined entities, mismatched or unclosed tags, bytes that are not UTF-8.
struct XMLByteReader {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0
    private var builder = XMLTreeBuilder()

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    mutating func document() throws -> XMLTree {
        if let bad = XMLCharacters.firstInvalid(bytes) {
            position = bad
            throw failure("not UTF-8 or a character XML does not allow")
        }
        if starts(with: "\u{FEFF}") { position = 3 }
        if starts(with: "<?xml"), position + 5 < bytes.count, XMLCharacters.isSpace(bytes[position + 5]) {
            try skip(past: "?>", what: "XML declaration")
        }
        while position < bytes.count {
            let byte = bytes[position]
            if builder.depth == 0 {
                if XMLCharacters.isSpace(byte) {
                    position += 1
                } else if byte != UInt8(ascii: "<") {
                    throw failure("text outside the root element")
                } else if starts(with: "<!--") {
                    try comment()
                } else if starts(with: "<?") {
                    try skip(past: "?>", what: "processing instruction")
                } else if starts(with: "<!DOCTYPE") {
                    throw failure("a DOCTYPE is not accepted")
                } else if builder.root != nil {
                    throw failure("content after the root element")
                } else {
                    try startTag()
                }
            } else if byte == UInt8(ascii: "<") {
                try markup()
            } else {
                try text()
            }
        }
        if let open = builder.innermostName { throw failure("<\(open)> is not closed") }
        guard let root = builder.root else { throw failure("no root element", prefix: false) }
        return root
    }

    // MARK: Markup

    private mutating func markup() throws {
        if starts(with: "</") {
            try endTag()
        } else if starts(with: "<!--") {
            try comment()
        } else if starts(with: "<![CDATA[") {
            position += 9
            let start = position
            try skip(past: "]]>", what: "CDATA section")
            builder.text(string(start..<(position - 3)))
        } else if starts(with: "<?") {
            try skip(past: "?>", what: "processing instruction")
        } else {
            try startTag()
        }
    }

    private mutating func startTag() throws {
        guard builder.depth < XMLTreeParser.maxDepth else {
            throw failure("elements nested more than \(XMLTreeParser.maxDepth) deep")
        }
        position += 1
        let name = string(try nameRange())
        var attributes: [String: String] = [:]
        while true {
            let spaced = skipSpaces()
            guard position < bytes.count else { throw failure("<\(name) is not closed") }
            switch bytes[position] {
            case UInt8(ascii: ">"):
                position += 1
                builder.start(name, attributes: attributes)
                return
            case UInt8(ascii: "/"):
                guard position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: ">") else {
                    throw failure("expected /> in <\(name)")
                }
                position += 2
                builder.start(name, attributes: attributes)
                builder.end()
                return
            default:
                guard spaced else { throw failure("expected a space, > or /> in <\(name)") }
                let key = string(try nameRange())
                skipSpaces()
                guard position < bytes.count, bytes[position] == UInt8(ascii: "=") else {
                    throw failure("expected = after attribute \(key)")
                }
                position += 1
                skipSpaces()
                guard attributes.updateValue(try attributeValue(), forKey: key) == nil else {
                    throw failure("attribute \(key) given twice")
                }
            }
        }
    }

    private mutating func endTag() throws {
        let tagStart = position
        position += 2
        let range = try nameRange()
        let name = UnsafeBufferPointer(rebasing: bytes[range])
        guard builder.closes(name) else {
            let closing = string(range)
            position = tagStart
            guard let open = builder.innermostName else { throw failure("</\(closing)> closes nothing") }
            throw failure("</\(closing)> closes <\(open)>")
        }
        skipSpaces()
        guard position < bytes.count, bytes[position] == UInt8(ascii: ">") else {
            throw failure("expected > after </\(string(range))")
        }
        position += 1
        builder.end()
    }

    private mutating func comment() throws {
        position += 4
        let start = position
        try skip(past: "-->", what: "comment")
        // "--" may not appear inside a comment (XML 1.0, section 2.5).
        var index = start
        while index + 1 < position - 3 {
            if bytes[index] == UInt8(ascii: "-") && bytes[index + 1] == UInt8(ascii: "-") {
                position = index
                throw failure("-- inside a comment")
            }
            index += 1
        }
    }

    /// A name: up to a space or a delimiter; not empty and not starting with a digit, '-' or '.'.
    private mutating func nameRange() throws -> Range<Int> {
        let start = position
        while position < bytes.count, XMLCharacters.isNameByte(bytes[position]) { position += 1 }
        guard position > start, XMLCharacters.isNameStart(bytes[start]) else { throw failure("expected a name") }
        return start..<position
    }

    // MARK: Text

    private mutating func text() throws {
        var value = ""
        var run = position
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: "<"):
                value += string(run..<position)
                builder.text(value)
                return
            case UInt8(ascii: "&"):
                value += string(run..<position)
                value.unicodeScalars.append(try reference())
                run = position
            case UInt8(ascii: "\r"):
                // Line ends are normalised to \n (XML 1.0, section 2.11).
                value += string(run..<position)
                value += "\n"
                position += 1
                if position < bytes.count, bytes[position] == UInt8(ascii: "\n") { position += 1 }
                run = position
            case UInt8(ascii: "]") where starts(with: "]]>"):
                throw failure("]]> in text")
            default:
                position += 1
            }
        }
        throw failure("<\(builder.innermostName ?? "")> is not closed")
    }

    private mutating func attributeValue() throws -> String {
        guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'")
        else { throw failure("expected a quoted attribute value") }
        let quote = bytes[position]
        position += 1
        var value = ""
        var run = position
        while position < bytes.count {
            switch bytes[position] {
            case quote:
                value += string(run..<position)
                position += 1
                return value
            case UInt8(ascii: "<"):
                throw failure("< in an attribute value")
            case UInt8(ascii: "&"):
                value += string(run..<position)
                value.unicodeScalars.append(try reference())
                run = position
            case UInt8(ascii: "\r"), UInt8(ascii: "\n"), UInt8(ascii: "\t"):
                // Attribute-value normalisation (XML 1.0, section 3.3.3): each line end or tab is a space.
                value += string(run..<position)
                value += " "
                if bytes[position] == UInt8(ascii: "\r"), position + 1 < bytes.count,
                    bytes[position + 1] == UInt8(ascii: "\n")
                {
                    position += 1
                }
                position += 1
                run = position
            default:
                position += 1
            }
        }
        throw failure("attribute value not closed")
    }

    /// `&name;` or `&#N;` / `&#xH;`, at `position`: the five predefined entities and character references
    /// to characters XML allows; anything else is an error (no DOCTYPE can define more).
    private mutating func reference() throws -> Unicode.Scalar {
        let start = position
        position += 1
        while position < bytes.count, bytes[position] != UInt8(ascii: ";"), position - start < 12 { position += 1 }
        guard position < bytes.count, bytes[position] == UInt8(ascii: ";") else {
            position = start
            throw failure("& not followed by a reference ending in ;")
        }
        let body = String(decoding: UnsafeBufferPointer(rebasing: bytes[(start + 1)..<position]), as: UTF8.self)
        position += 1
        switch body {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        default: break
        }
        var number: UInt32?
        if body.hasPrefix("#x") {
            number = UInt32(body.dropFirst(2), radix: 16)
        } else if body.hasPrefix("#"), body.dropFirst().allSatisfy(\.isASCII) {
            number = UInt32(body.dropFirst(), radix: 10)
        }
        guard let number, !body.contains("+"), !body.contains("-"), let scalar = Unicode.Scalar(number),
            XMLCharacters.isAllowed(scalar)
        else {
            position = start
            throw failure("&\(body); is not a reference XML defines")
        }
        return scalar
    }

    // MARK: Bytes

    private func starts(with prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard position + count <= bytes.count else { return false }
        for offset in 0..<count where bytes[position + offset] != prefix.utf8Start[offset] { return false }
        return true
    }

    /// Moves past the next `terminator`, or fails naming what was left open.
    private mutating func skip(past terminator: StaticString, what: String) throws {
        let start = position
        while position < bytes.count {
            if bytes[position] == terminator.utf8Start[0], starts(with: terminator) {
                position += terminator.utf8CodeUnitCount
                return
            }
            position += 1
        }
        position = start
        throw failure("\(what) not closed")
    }

    @discardableResult
    private mutating func skipSpaces() -> Bool {
        let start = position
        while position < bytes.count, XMLCharacters.isSpace(bytes[position]) { position += 1 }
        return position > start
    }

    /// Already checked to be UTF-8, so decoding never substitutes.
    private func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    private func failure(_ what: String, prefix: Bool = true) -> XMLTreeParser.Failure {
        var line = 1
        var column = 1
        for byte in bytes[..<min(position, bytes.count)] {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        // Names quoted in `what` come from the answer: a hostile one must not make a megabyte of message.
        let shown = what.count > 160 ? what.prefix(160) + "..." : Substring(what)
        let kind = prefix ? "not well-formed XML" : String(shown)
        let detail = prefix ? " (\(shown))" : ""
        return XMLTreeParser.Failure(description: "\(kind) at line \(line), column \(column)\(detail)")
    }
}
