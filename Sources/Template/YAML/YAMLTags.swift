/// How tags read: CloudFormation's local `!X` tags become long form; the standard `!!` tags are
/// honoured for what they mean; any other tag is refused, as CloudFormation would.
enum YAMLTags {
    static let standardPrefix = "tag:yaml.org,2002:"

    /// `Ref` for `!Ref`; nil for standard tags and the non-specific `!`.
    static func shortFormName(_ tag: String) -> String? {
        // On bytes when ASCII follows the `!` (every real tag: nothing can join it into one character), which
        // is what the readers ask of every tag, in the string's own storage (through its UTF-8 view's index
        // and slice this was 3.6 M instructions of roundtrip); as characters otherwise, as `hasPrefix` and
        // `dropFirst` see them (a combining mark after `!` makes it a character that is not `!`).
        let byBytes: String?? = tag.withUTF8Bytes { bytes in
            guard bytes.count > 1, bytes[0] == UInt8(ascii: "!") else { return .some(nil) }
            guard bytes[1] < 0x80 else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[1...]), as: UTF8.self)
        }
        if let byBytes { return byBytes }
        guard tag.hasPrefix("!") else { return nil }
        return String(tag.dropFirst())
    }

    /// A tagged scalar. Short-form arguments are always text, as in PyYAML-based tools (`!Ref 10` is `"10"`).
    static func scalar(
        _ bytes: UnsafeBufferPointer<UInt8>, tag: String, at: SourceMark?, errorAt: @autoclosure () -> SourceMark
    ) throws(TemplateError) -> Node {
        let text = String(decoding: bytes, as: UTF8.self)
        if tag == "!" || shortFormName(tag) != nil { return Node(.string(text), mark: at) }
        switch tag {
        case standardPrefix + "str": return Node(.string(text), mark: at)
        case standardPrefix + "int", standardPrefix + "float":
            // YAML 1.1's forms (`0x1F`, `1_000`) and plain decimals (`1e5`, which our writer tags `!!float`).
            guard ScalarResolver.isDecimal(bytes) || ScalarResolver.resolve(bytes) == .number else {
                throw TemplateError(
                    mark: errorAt(),
                    message:
                        "'\(text)' is not a number, as its tag \(display(tag)) requires;"
                        + " fix the value or drop the tag",
                    reason: .unsupportedTag)
            }
            return Node(.number(text), mark: at)
        case standardPrefix + "bool":
            guard case .bool(let flag) = ScalarResolver.resolve(bytes) else {
                throw TemplateError(
                    mark: errorAt(),
                    message: "'\(text)' is not a boolean, as its tag !!bool requires; write true or false",
                    reason: .unsupportedTag)
            }
            return Node(.bool(flag), mark: at)
        case standardPrefix + "null": return Node(.null, mark: at)
        default: throw unsupported(tag, at: errorAt())
        }
    }

    static func checkCollection(_ tag: String, isMapping: Bool, at: SourceMark) throws(TemplateError) {
        if tag == "!" || shortFormName(tag) != nil { return }
        if tag == standardPrefix + (isMapping ? "map" : "seq") { return }
        throw unsupported(tag, at: at)
    }

    private static func unsupported(_ tag: String, at: SourceMark) -> TemplateError {
        TemplateError(
            mark: at,
            message:
                "unsupported tag \(display(tag));"
                + " CloudFormation accepts only its short-form tags such as !Ref and !Sub",
            reason: .unsupportedTag)
    }

    private static func display(_ tag: String) -> String {
        tag.hasPrefix(standardPrefix) ? "!!" + tag.dropFirst(standardPrefix.count) : "!<\(tag)>"
    }

    /// `!Ref x` -> `{"Ref": x}`, `!GetAtt A.B.C` -> `{"Fn::GetAtt": ["A", "B.C"]}`, `!X v` -> `{"Fn::X": v}`.
    static func longForm(name: String, argument: Node, at: SourceMark?) -> Node {
        var argument = argument
        if name == "GetAtt", case .string(let path) = argument.value {
            // Split at the first dot only: attribute names such as `Endpoint.Address` keep theirs.
            let parts: [Node]
            if let dot = path.utf8.firstIndex(of: UInt8(ascii: ".")) {
                let resource = String(path[..<dot])
                let attribute = String(path[path.utf8.index(after: dot)...])
                parts = [Node(.string(resource), mark: at), Node(.string(attribute), mark: at)]
            } else {
                parts = [Node(.string(path), mark: at)]
            }
            argument = Node(.list(parts), mark: at)
        }
        let entry = Mapping.Entry(key: ShortFormTags.longKey(forTagName: name), keyMark: at, value: argument)
        return Node(.mapping(Mapping([entry])), mark: at)
    }
}
