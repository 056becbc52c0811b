/// What the YAML reader warns about: things it reads, as YAML 1.1 readers do, that CloudFormation
/// rejects or that rarely mean what their author meant. The reader prints each text once per file.
enum YAMLWarnings {
    static let mergeKey = "merge key '<<' merged; CloudFormation rejects YAML merge keys, write the keys out"

    static func alias(_ name: String) -> String {
        "alias '*\(name)' expanded; CloudFormation rejects YAML aliases, write the value out"
    }

    static func unknownTag(_ name: String) -> String {
        "unknown tag '!\(name)' read as 'Fn::\(name)'; check the spelling"
    }

    /// A leading zero makes a plain integer octal to YAML 1.1 readers: a file mode `0755` deploys as 493,
    /// an id `0123` as 83. Nil for any other number.
    static func octal(_ number: String) -> String? {
        let digits = number.utf8.drop { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "+") }
        guard digits.count > 1, digits.first == UInt8(ascii: "0"),
            digits.allSatisfy({ $0 &- UInt8(ascii: "0") < 10 || $0 == UInt8(ascii: "_") }),
            let value = YAMLNumberValue.json(number)
        else { return nil }
        return "'\(number)' is the octal number \(value) to YAML 1.1 readers (CloudFormation, cfn-lint);"
            + " quote it if you meant the text"
    }
}
