/// An RFC 8259 reader working directly on bytes: numbers keep their exact text, duplicate keys are
/// errors naming both places, and every node and key carries its line and column.
struct JSONReader {
    private var text: SourceText
    // Not private: `JSONReader.matches` (Roundtrip/JSONReadBack.swift) reads with them too.
    let bytes: UnsafeBufferPointer<UInt8>
    var pos = 0
    private var line = 1
    private var lineStart = 0
    private let keepMarks: Bool
    private let checkDuplicates: Bool
    /// The open objects' entries and arrays' items, moved into each one's array when it closes.
    private let pendingEntries = PendingStack<Mapping.Entry>()
    private let pendingItems = PendingStack<Node>()

    init(bytes: UnsafeBufferPointer<UInt8>, file: String, keepMarks: Bool = true, checkDuplicates: Bool = true) {
        self.bytes = bytes
        self.keepMarks = keepMarks
        self.checkDuplicates = checkDuplicates
        self.text = SourceText(bytes: bytes, file: file)
    }

    /// Reads one JSON document; the caller has checked size and UTF-8 already.
    mutating func readDocument() throws(TemplateError) -> Node {
        pos = ByteOrderMark.length(bytes)
        lineStart = pos  // columns on the first line count from after the mark, as editors show them
        skipWhitespace()
        if pos == bytes.count { throw TemplateReading.emptyError(SourceMark(file: text.file, line: 1, column: 1)) }
        let node = try readValue(depth: 0)
        skipWhitespace()
        if pos < bytes.count {
            throw error("unexpected \(describe(bytes[pos])) after the end of the document; remove it")
        }
        return node
    }

    private mutating func mark() -> SourceMark { text.mark(at: pos, line: line, lineStart: lineStart) }

    private mutating func nodeMark() -> SourceMark? { keepMarks ? mark() : nil }

    private mutating func error(_ message: String, reason: TemplateError.Reason = .syntax) -> TemplateError {
        TemplateError(mark: mark(), message: message, reason: reason)
    }

    private mutating func endOfFile(expecting what: String) -> TemplateError {
        error("unexpected end of file, expected \(what); the file looks truncated", reason: .truncated)
    }

    /// Inlined for its common case, no whitespace at `pos` (our own JSON has none before `:` or `,`): called
    /// before every key, value and separator, the whole skip was 2% of roundtrip's instructions.
    @inline(__always)
    mutating func skipWhitespace() {
        if pos < bytes.count, bytes[pos] > 0x20 { return }
        skipWhitespaceRun()
    }

    private mutating func skipWhitespaceRun() {
        var p = pos
        defer { pos = p }
        while p < bytes.count {
            // Indentation comes in runs of spaces (pretty JSON is mostly indentation): eight at a time, and
            // the run's last few in one step, from the first byte of the word that is not a space.
            while p + 8 <= bytes.count {
                let notSpaces = ByteScan.word(bytes, p) ^ ByteScan.spaces
                guard notSpaces == 0 else {
                    p += notSpaces.trailingZeroBitCount / 8
                    break
                }
                p += 8
            }
            guard p < bytes.count else { return }
            switch bytes[p] {
            case 0x20, 0x09, 0x0D: p += 1
            case 0x0A:
                p += 1
                line += 1
                lineStart = p
            default: return
            }
        }
    }

    private mutating func readValue(depth: Int) throws(TemplateError) -> Node {
        skipWhitespace()
        guard pos < bytes.count else { throw endOfFile(expecting: "a value") }
        let start = nodeMark()
        switch bytes[pos] {
        case UInt8(ascii: "{"):
            return Node(.mapping(try readObject(depth: depth + 1, start: start)), mark: start)
        case UInt8(ascii: "["):
            return Node(.list(try readArray(depth: depth + 1, start: start)), mark: start)
        case UInt8(ascii: "\""):
            return Node(.string(try readString()), mark: start)
        case UInt8(ascii: "t"):
            try readLiteral("true")
            return Node(.bool(true), mark: start)
        case UInt8(ascii: "f"):
            try readLiteral("false")
            return Node(.bool(false), mark: start)
        case UInt8(ascii: "n"):
            try readLiteral("null")
            return Node(.null, mark: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return Node(.number(try readNumber()), mark: start)
        case let b:
            throw error(
                "unexpected \(describe(b)), expected a value (object, array, string, number, true, false or null)")
        }
    }

    private mutating func checkDepth(_ depth: Int) throws(TemplateError) {
        if depth > TemplateLimits.maxDepth { throw TemplateReading.depthError(mark()) }
    }

    private mutating func readObject(depth: Int, start: SourceMark?) throws(TemplateError) -> Mapping {
        try checkDepth(depth)
        pos += 1
        var builder = MappingBuilder(on: pendingEntries, checksDuplicates: checkDuplicates)
        skipWhitespace()
        if pos < bytes.count, bytes[pos] == UInt8(ascii: "}") {
            pos += 1
            return builder.finish(pendingEntries)
        }
        while true {
            skipWhitespace()
            guard pos < bytes.count else { throw endOfFile(expecting: "a key in double quotes") }
            guard bytes[pos] == UInt8(ascii: "\"") else {
                let hint = bytes[pos] == UInt8(ascii: "}") ? "; JSON allows no comma before '}'" : ""
                throw error("expected a key in double quotes, found \(describe(bytes[pos]))\(hint)")
            }
            let keyMark = nodeMark()
            let keyStart = pos
            let key = try readString()
            if let first = builder.existing(key, in: pendingEntries) {
                throw MappingBuilder.duplicateError(key, at: keyMark ?? text.mark(at: keyStart), first: first.keyMark)
            }
            skipWhitespace()
            guard pos < bytes.count else { throw endOfFile(expecting: "':'") }
            guard bytes[pos] == UInt8(ascii: ":") else {
                throw error("expected ':' after the key '\(key)', found \(describe(bytes[pos]))")
            }
            pos += 1
            let value = try readValue(depth: depth)
            builder.append(key, keyMark: keyMark, value: value, to: pendingEntries)
            skipWhitespace()
            guard pos < bytes.count else {
                throw endOfFile(expecting: "',' or '}' to close the object\(TemplateReading.at(start))")
            }
            switch bytes[pos] {
            case UInt8(ascii: ","): pos += 1
            case UInt8(ascii: "}"):
                pos += 1
                return builder.finish(pendingEntries)
            case let b: throw error("expected ',' or '}', found \(describe(b))")
            }
        }
    }

    private mutating func readArray(depth: Int, start: SourceMark?) throws(TemplateError) -> [Node] {
        try checkDepth(depth)
        pos += 1
        let firstItem = pendingItems.count
        skipWhitespace()
        if pos < bytes.count, bytes[pos] == UInt8(ascii: "]") {
            pos += 1
            return []
        }
        while true {
            skipWhitespace()
            if pos < bytes.count, bytes[pos] == UInt8(ascii: "]") {
                throw error("expected a value, found ']'; JSON allows no comma before ']'")
            }
            pendingItems.push(try readValue(depth: depth))
            skipWhitespace()
            guard pos < bytes.count else {
                throw endOfFile(expecting: "',' or ']' to close the array\(TemplateReading.at(start))")
            }
            switch bytes[pos] {
            case UInt8(ascii: ","): pos += 1
            case UInt8(ascii: "]"):
                pos += 1
                return pendingItems.pop(from: firstItem)
            case let b: throw error("expected ',' or ']', found \(describe(b))")
            }
        }
    }

    mutating func readLiteral(_ word: StaticString) throws(TemplateError) {
        let count = word.utf8CodeUnitCount
        let expected = UnsafeBufferPointer(start: word.utf8Start, count: count)
        for k in 0..<count where pos + k >= bytes.count || bytes[pos + k] != expected[k] {
            if pos + k >= bytes.count { throw endOfFile(expecting: "'\(word)'") }
            throw error("unexpected \(describe(bytes[pos])), expected a value (did you mean '\(word)'?)")
        }
        pos += count
    }

    mutating func readNumber() throws(TemplateError) -> String {
        let start = pos
        if bytes[pos] == UInt8(ascii: "-") { pos += 1 }
        let intStart = pos
        let intDigits = skipDigits()
        if intDigits == 0 { throw error("expected a digit in the number") }
        if intDigits > 1, bytes[intStart] == UInt8(ascii: "0") {
            pos = intStart
            throw error(
                "a JSON number cannot start with 0 (found '0\(Character(Unicode.Scalar(bytes[intStart + 1])))');"
                    + " quote it as a string"
            )
        }
        if pos < bytes.count, bytes[pos] == UInt8(ascii: ".") {
            pos += 1
            if skipDigits() == 0 { throw error("expected a digit after '.' in the number") }
        }
        if pos < bytes.count, bytes[pos] | 0x20 == UInt8(ascii: "e") {
            pos += 1
            if pos < bytes.count, bytes[pos] == UInt8(ascii: "+") || bytes[pos] == UInt8(ascii: "-") { pos += 1 }
            if skipDigits() == 0 { throw error("expected a digit in the number's exponent") }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<pos]), as: UTF8.self)
    }

    private mutating func skipDigits() -> Int {
        let start = pos
        while pos < bytes.count, bytes[pos] &- UInt8(ascii: "0") < 10 { pos += 1 }
        return pos - start
    }

    mutating func readString() throws(TemplateError) -> String {
        pos += 1
        let start = pos
        pos = plainRunEnd(from: pos)
        guard pos < bytes.count else { throw endOfFile(expecting: "'\"' to close the string") }
        switch bytes[pos] {
        case UInt8(ascii: "\""):
            pos += 1
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<(pos - 1)]), as: UTF8.self)
        case UInt8(ascii: "\\"): return try readEscapedString(from: start)
        case let b: throw controlCharacterError(b)
        }
    }

    /// Where the plain run of a string's text from `start` ends: the first quote, backslash or control byte,
    /// or the end of the bytes. Eight bytes at a time, the stop found in its word without a byte loop; one by
    /// one only in the last seven bytes of the text.
    func plainRunEnd(from start: Int) -> Int {
        var end = start
        while end + 8 <= bytes.count {
            let stop = ByteScan.firstStringStop(ByteScan.word(bytes, end))
            if stop < 8 { return end + stop }
            end += 8
        }
        while end < bytes.count, !ByteScan.isStringStop(bytes[end]) { end += 1 }
        return end
    }

    private mutating func controlCharacterError(_ b: UInt8) -> TemplateError {
        let name = b == 0x0A ? "a line break" : b == 0x09 ? "a tab" : "control character \(TemplateReading.hex(b))"
        return error("\(name) inside a string; write it escaped (\\n, \\t, \\u00XX)")
    }

    /// The slow path, taken only for strings that contain escapes.
    private mutating func readEscapedString(from start: Int) throws(TemplateError) -> String {
        var out = [UInt8](UnsafeBufferPointer(rebasing: bytes[start..<pos]))
        while pos < bytes.count {
            // The plain text up to the next quote, backslash or control byte in one copy (escaped strings are
            // mostly long scripts with a `\n` per line).
            let end = plainRunEnd(from: pos)
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[pos..<end]))
            pos = end
            guard pos < bytes.count else { break }
            let b = bytes[pos]
            if b == UInt8(ascii: "\"") {
                pos += 1
                return String(decoding: out, as: UTF8.self)
            }
            if b < 0x20 { throw controlCharacterError(b) }
            guard pos + 1 < bytes.count else { throw endOfFile(expecting: "an escape after '\\'") }
            let escape = bytes[pos + 1]
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(escape)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                let scalar = try readUnicodeEscape()
                out.append(contentsOf: String(Character(scalar)).utf8)
                continue
            default:
                throw error(
                    "invalid escape '\\\(Character(Unicode.Scalar(escape)))';"
                        + " use \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX"
                )
            }
            pos += 2
        }
        throw endOfFile(expecting: "'\"' to close the string")
    }

    private mutating func readUnicodeEscape() throws(TemplateError) -> Unicode.Scalar {
        let high = try readHex4()
        if high < 0xD800 || high > 0xDFFF { return Unicode.Scalar(high)! }
        let escapeStart = pos - 6
        if high <= 0xDBFF, pos + 1 < bytes.count, bytes[pos] == UInt8(ascii: "\\"), bytes[pos + 1] == UInt8(ascii: "u")
        {
            let low = try readHex4()
            if (0xDC00...0xDFFF).contains(low) {
                return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))!
            }
        }
        pos = escapeStart
        throw error("lone surrogate in a \\u escape; write the character itself or a full surrogate pair")
    }

    private mutating func readHex4() throws(TemplateError) -> UInt32 {
        var value: UInt32 = 0
        for k in 2..<6 {
            guard pos + k < bytes.count else { throw endOfFile(expecting: "four hex digits after '\\u'") }
            let b = bytes[pos + k]
            let digit: UInt8
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = b - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = b - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = b - UInt8(ascii: "A") + 10
            default: throw error("expected four hex digits after '\\u'")
            }
            value = value << 4 | UInt32(digit)
        }
        pos += 6
        return value
    }

    private func describe(_ b: UInt8) -> String { TemplateReading.describe(b) }
}
