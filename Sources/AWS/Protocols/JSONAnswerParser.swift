/// An RFC 8259 reader for AWS's JSON answers, on bytes, into `JSONAnswerValue`.
///
/// Why AWS has a JSON reader of its own beside Template's `JSONReader`: that one serves templates (every
/// node carries its line and column, duplicate keys are errors naming both places, its errors are
/// template diagnostics), and AWS sits below Template's users without depending on it. Answers need none
/// of that, only speed and a clear one-line reason when a service (or a proxy) sends something broken.
/// One reader per concern: this one reads what AWS services answer, and nothing else.
struct JSONAnswerParser {
    /// Deeper than any AWS answer; a hostile answer cannot exhaust the stack.
    static let maxDepth = 512

    private let bytes: UnsafeBufferPointer<UInt8>
    private var pos = 0

    private init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    static func parse(_ body: [UInt8]) throws(JSONAnswerSyntaxError) -> JSONAnswerValue {
        try body.withUnsafeBufferPointer { (buffer) throws(JSONAnswerSyntaxError) in
            var parser = JSONAnswerParser(bytes: buffer)
            parser.skipWhitespace()
            let value = try parser.readValue(depth: 0)
            parser.skipWhitespace()
            if parser.pos < buffer.count { throw parser.error("unexpected \(parser.describeNext()) after the answer") }
            return value
        }
    }

    private func error(_ message: String) -> JSONAnswerSyntaxError {
        JSONAnswerSyntaxError(message: message, offset: pos)
    }

    private func describeNext() -> String {
        guard pos < bytes.count else { return "end of answer" }
        let b = bytes[pos]
        return b >= 0x20 && b < 0x7F ? "'\(Character(Unicode.Scalar(b)))'" : "byte 0x\(String(b, radix: 16))"
    }

    private mutating func skipWhitespace() {
        while pos < bytes.count, bytes[pos] == 0x20 || bytes[pos] == 0x0A || bytes[pos] == 0x0D || bytes[pos] == 0x09 {
            pos += 1
        }
    }

    private mutating func readValue(depth: Int) throws(JSONAnswerSyntaxError) -> JSONAnswerValue {
        guard pos < bytes.count else { throw error("the answer ends where a value was expected (truncated?)") }
        switch bytes[pos] {
        case UInt8(ascii: "{"): return try readObject(depth: depth + 1)
        case UInt8(ascii: "["): return try readArray(depth: depth + 1)
        case UInt8(ascii: "\""): return .string(try readString())
        case UInt8(ascii: "t"): return try readLiteral("true", .bool(true))
        case UInt8(ascii: "f"): return try readLiteral("false", .bool(false))
        case UInt8(ascii: "n"): return try readLiteral("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try readNumber())
        default: throw error("unexpected \(describeNext()) where a value was expected")
        }
    }

    private mutating func readObject(depth: Int) throws(JSONAnswerSyntaxError) -> JSONAnswerValue {
        if depth > Self.maxDepth { throw error("nested more than \(Self.maxDepth) deep") }
        pos += 1
        var members: [JSONAnswerMember] = []
        skipWhitespace()
        if pos < bytes.count, bytes[pos] == UInt8(ascii: "}") {
            pos += 1
            return .object(members)
        }
        while true {
            skipWhitespace()
            guard pos < bytes.count, bytes[pos] == UInt8(ascii: "\"") else {
                if !members.isEmpty, pos < bytes.count, bytes[pos] == UInt8(ascii: "}") {
                    throw error("a ',' before '}': JSON allows none")
                }
                throw error("expected a member name in double quotes, found \(describeNext())")
            }
            let key = try readString()
            skipWhitespace()
            guard pos < bytes.count, bytes[pos] == UInt8(ascii: ":") else {
                throw error("expected ':' after the member name \"\(key)\", found \(describeNext())")
            }
            pos += 1
            skipWhitespace()
            members.append(JSONAnswerMember(key: key, value: try readValue(depth: depth)))
            skipWhitespace()
            guard pos < bytes.count else { throw error("the answer ends inside an object (truncated?)") }
            switch bytes[pos] {
            case UInt8(ascii: ","): pos += 1
            case UInt8(ascii: "}"):
                pos += 1
                return .object(members)
            default: throw error("expected ',' or '}' in an object, found \(describeNext())")
            }
        }
    }

    private mutating func readArray(depth: Int) throws(JSONAnswerSyntaxError) -> JSONAnswerValue {
        if depth > Self.maxDepth { throw error("nested more than \(Self.maxDepth) deep") }
        pos += 1
        var items: [JSONAnswerValue] = []
        skipWhitespace()
        if pos < bytes.count, bytes[pos] == UInt8(ascii: "]") {
            pos += 1
            return .array(items)
        }
        while true {
            skipWhitespace()
            if !items.isEmpty, pos < bytes.count, bytes[pos] == UInt8(ascii: "]") {
                throw error("a ',' before ']': JSON allows none")
            }
            items.append(try readValue(depth: depth))
            skipWhitespace()
            guard pos < bytes.count else { throw error("the answer ends inside an array (truncated?)") }
            switch bytes[pos] {
            case UInt8(ascii: ","): pos += 1
            case UInt8(ascii: "]"):
                pos += 1
                return .array(items)
            default: throw error("expected ',' or ']' in an array, found \(describeNext())")
            }
        }
    }

    private mutating func readLiteral(_ word: StaticString, _ value: JSONAnswerValue)
        throws(JSONAnswerSyntaxError) -> JSONAnswerValue
    {
        let count = word.utf8CodeUnitCount
        guard pos + count <= bytes.count,
            UnsafeBufferPointer(rebasing: bytes[pos..<pos + count]).elementsEqual(
                UnsafeBufferPointer(start: word.utf8Start, count: count))
        else { throw error("unexpected \(describeNext()) where a value was expected") }
        pos += count
        return value
    }

    /// The number's text, checked against JSON's grammar; converted later, to the type asked for.
    private mutating func readNumber() throws(JSONAnswerSyntaxError) -> String {
        let start = pos
        if bytes[pos] == UInt8(ascii: "-") { pos += 1 }
        let intStart = pos
        let intDigits = skipDigits()
        if intDigits == 0 { throw error("expected a digit in a number") }
        if intDigits > 1, bytes[intStart] == UInt8(ascii: "0") {
            pos = intStart
            throw error("a number starts with 0")
        }
        if pos < bytes.count, bytes[pos] == UInt8(ascii: ".") {
            pos += 1
            if skipDigits() == 0 { throw error("expected a digit after '.' in a number") }
        }
        if pos < bytes.count, bytes[pos] | 0x20 == UInt8(ascii: "e") {
            pos += 1
            if pos < bytes.count, bytes[pos] == UInt8(ascii: "+") || bytes[pos] == UInt8(ascii: "-") { pos += 1 }
            if skipDigits() == 0 { throw error("expected a digit in a number's exponent") }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<pos]), as: UTF8.self)
    }

    private mutating func skipDigits() -> Int {
        let start = pos
        while pos < bytes.count, bytes[pos] &- UInt8(ascii: "0") < 10 { pos += 1 }
        return pos - start
    }

    private mutating func readString() throws(JSONAnswerSyntaxError) -> String {
        pos += 1
        let start = pos
        while pos < bytes.count {
            let b = bytes[pos]
            if b == UInt8(ascii: "\"") {
                pos += 1
                return try text(UnsafeBufferPointer(rebasing: bytes[start..<(pos - 1)]), from: start)
            }
            if b == UInt8(ascii: "\\") { return try readEscapedString(from: start) }
            if b < 0x20 { throw error("an unescaped control character inside a string") }
            pos += 1
        }
        throw error("the answer ends inside a string (truncated?)")
    }

    /// Invalid UTF-8 is an error rather than silently replaced: the answer is not what AWS sends.
    private func text(_ utf8: UnsafeBufferPointer<UInt8>, from start: Int) throws(JSONAnswerSyntaxError) -> String {
        guard let text = String(validating: utf8, as: UTF8.self) else {
            throw JSONAnswerSyntaxError(message: "a string that is not valid UTF-8", offset: start)
        }
        return text
    }

    /// The slow path, taken only by strings with escapes.
    private mutating func readEscapedString(from start: Int) throws(JSONAnswerSyntaxError) -> String {
        var out = [UInt8](UnsafeBufferPointer(rebasing: bytes[start..<pos]))
        while pos < bytes.count {
            let b = bytes[pos]
            if b == UInt8(ascii: "\"") {
                pos += 1
                return try out.withUnsafeBufferPointer { (utf8) throws(JSONAnswerSyntaxError) in
                    try text(utf8, from: start)
                }
            }
            if b < 0x20 { throw error("an unescaped control character inside a string") }
            guard b == UInt8(ascii: "\\") else {
                out.append(b)
                pos += 1
                continue
            }
            guard pos + 1 < bytes.count else { throw error("the answer ends inside a string (truncated?)") }
            switch bytes[pos + 1] {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(bytes[pos + 1])
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                out.append(contentsOf: String(Character(try readUnicodeEscape())).utf8)
                continue
            default: throw error("an invalid escape in a string")
            }
            pos += 2
        }
        throw error("the answer ends inside a string (truncated?)")
    }

    /// `\uXXXX`, or a surrogate pair of two; a lone surrogate is an error (no character to give).
    private mutating func readUnicodeEscape() throws(JSONAnswerSyntaxError) -> Unicode.Scalar {
        let high = try readHex4()
        if high < 0xD800 || high > 0xDFFF { return Unicode.Scalar(high)! }
        if high <= 0xDBFF, pos + 1 < bytes.count, bytes[pos] == UInt8(ascii: "\\"), bytes[pos + 1] == UInt8(ascii: "u")
        {
            let low = try readHex4()
            if (0xDC00...0xDFFF).contains(low) {
                return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))!
            }
        }
        throw error("a lone surrogate in a \\u escape")
    }

    private mutating func readHex4() throws(JSONAnswerSyntaxError) -> UInt32 {
        guard pos + 6 <= bytes.count else { throw error("the answer ends inside a \\u escape (truncated?)") }
        var value: UInt32 = 0
        for k in 2..<6 {
            let b = bytes[pos + k]
            let digit: UInt8
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = b - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = b - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = b - UInt8(ascii: "A") + 10
            default: throw error("expected four hex digits after \\u")
            }
            value = value << 4 | UInt32(digit)
        }
        pos += 6
        return value
    }
}

/// Why an answer is not JSON, and where (the byte offset, counted from 1 as editors and `cmp` do).
struct JSONAnswerSyntaxError: Error, Equatable, CustomStringConvertible {
    var message: String
    var offset: Int

    var description: String { "\(message) (byte \(offset + 1))" }
}
