/// Whether JSON that our writer made reads back as exactly `expected`, decided while reading it, without
/// building a tree; the YAML twin, with the same contract, is `YAMLReadBack`. It reads with
/// `JSONReader`'s own lexing (whitespace, strings, numbers, literals) and answers true only where the reader
/// would build a tree equal to `expected` under the same options (`ownOutput`: no marks, no duplicate-key
/// check). Any difference, any syntax error, nesting past the reader's limit, answers false; the caller
/// then reads the text with `JSONReader` and reports what differs, so a false costs time, never a verdict.
extension JSONReader {
    static func matches(_ bytes: [UInt8], _ expected: Node) -> Bool {
        // The reader refuses a template that is not a mapping at the top.
        guard expected.mappingValue != nil else { return false }
        return bytes.withUnsafeBufferPointer { buffer in
            var reader = JSONReader(bytes: buffer, file: "", keepMarks: false, checkDuplicates: false)
            reader.pos = ByteOrderMark.length(buffer)
            guard (try? reader.matchValue(expected, depth: 0)) == true else { return false }
            reader.skipWhitespace()
            return reader.pos == buffer.count
        }
    }

    private mutating func matchValue(_ expected: Node, depth: Int) throws(TemplateError) -> Bool {
        skipWhitespace()
        guard pos < bytes.count else { return false }
        switch (bytes[pos], expected.value) {
        case (UInt8(ascii: "{"), .mapping(let mapping)): return try matchObject(mapping.entries, depth: depth + 1)
        case (UInt8(ascii: "["), .list(let items)): return try matchArray(items, depth: depth + 1)
        case (UInt8(ascii: "\""), .string(let text)): return try matchString(text)
        case (UInt8(ascii: "t"), .bool(true)): try readLiteral("true")
        case (UInt8(ascii: "f"), .bool(false)): try readLiteral("false")
        case (UInt8(ascii: "n"), .null): try readLiteral("null")
        case (UInt8(ascii: "-"), .number(let text)), (UInt8(ascii: "0")...UInt8(ascii: "9"), .number(let text)):
            return try readNumber() == text
        default: return false
        }
        return true
    }

    private mutating func matchObject(_ entries: [Mapping.Entry], depth: Int) throws(TemplateError) -> Bool {
        guard depth <= TemplateLimits.maxDepth else { return false }
        pos += 1
        skipWhitespace()
        if pos < bytes.count, bytes[pos] == UInt8(ascii: "}") {
            pos += 1
            return entries.isEmpty
        }
        var i = 0
        while true {
            skipWhitespace()
            guard i < entries.count, pos < bytes.count, bytes[pos] == UInt8(ascii: "\""),
                try matchString(entries[i].key)
            else { return false }
            skipWhitespace()
            guard pos < bytes.count, bytes[pos] == UInt8(ascii: ":") else { return false }
            pos += 1
            guard try matchValue(entries[i].value, depth: depth) else { return false }
            i += 1
            skipWhitespace()
            guard pos < bytes.count else { return false }
            switch bytes[pos] {
            case UInt8(ascii: ","): pos += 1
            case UInt8(ascii: "}"):
                pos += 1
                return i == entries.count
            default: return false
            }
        }
    }

    private mutating func matchArray(_ items: [Node], depth: Int) throws(TemplateError) -> Bool {
        guard depth <= TemplateLimits.maxDepth else { return false }
        pos += 1
        skipWhitespace()
        if pos < bytes.count, bytes[pos] == UInt8(ascii: "]") {
            pos += 1
            return items.isEmpty
        }
        var i = 0
        while true {
            guard i < items.count, try matchValue(items[i], depth: depth) else { return false }
            i += 1
            skipWhitespace()
            guard pos < bytes.count else { return false }
            switch bytes[pos] {
            case UInt8(ascii: ","): pos += 1
            case UInt8(ascii: "]"):
                pos += 1
                return i == items.count
            default: return false
            }
        }
    }

    /// At a `"`: a string without escapes is compared as bytes where it lies; one with escapes is read
    /// by the reader's own string reading and compared as the tree would compare it.
    private mutating func matchString(_ text: String) throws(TemplateError) -> Bool {
        let end = plainRunEnd(from: pos + 1)
        guard end < bytes.count, bytes[end] == UInt8(ascii: "\"") else { return try readString() == text }
        let plain = UnsafeBufferPointer(rebasing: bytes[(pos + 1)..<end])
        pos = end + 1
        return text.utf8Equals(plain)
    }
}
