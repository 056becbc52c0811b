import Template

extension NormalizationRule {
    /// IAM policy documents compare as IAM evaluates them, with CloudFormation's and IAM's equivalences:
    /// - a single string equals a one-element list for `Action`, `NotAction`, `Resource`,
    ///   `NotResource`, each principal and each condition value, and those lists are sets;
    /// - a single statement equals a one-element list, and statements are a set (IAM evaluates all);
    /// - a missing `Version` is IAM's default, `2008-10-17`;
    /// - a document given as JSON text, URL-encoded as IAM returns it or not, equals the document.
    public static func iamPolicy(at places: [ResourcePath]) -> NormalizationRule {
        NormalizationRule(
            name: "iam-policy", summary: "policy documents at \(places.text) compare as IAM evaluates them",
            rewrite: { node, context in places.matches(context) ? IAMPolicyDocument.canonical(node) : node },
            listMatching: { context in
                for place in places {
                    if let rest = place.rest(of: context), IAMPolicyDocument.isSet(Array(rest)) { return .set }
                }
                return nil
            })
    }
}

/// The canonical form of an IAM policy document.
enum IAMPolicyDocument {
    static let defaultVersion = "2008-10-17"
    static let listValued: Set<String> = ["Action", "NotAction", "Resource", "NotResource"]
    static let principals: Set<String> = ["Principal", "NotPrincipal"]

    static func canonical(_ original: Node) -> Node {
        var node = original
        if case .string(let text) = node.value, let parsed = parse(text) { node = remarked(parsed, original.mark) }
        guard var document = node.mappingValue else { return node }
        if document["Version"] == nil { document["Version"] = .string(defaultVersion, mark: node.mark) }
        if let statements = document["Statement"] {
            document["Statement"] = .list((statements.listValue ?? [statements]).map(statement), mark: statements.mark)
        }
        return Node(.mapping(document), mark: node.mark)
    }

    /// Whether the list at `rest` below a document is a set.
    static func isSet(_ rest: [String]) -> Bool {
        guard rest.first == "Statement" else { return false }
        switch rest.count {
        case 1: return true
        case 3: return listValued.contains(rest[2])
        case 4: return principals.contains(rest[2])
        case 5: return rest[2] == "Condition"
        default: return false
        }
    }

    private static func statement(_ node: Node) -> Node {
        guard var statement = node.mappingValue else { return node }
        for key in listValued { statement[key] = statement[key].map(listed) }
        for key in principals {
            if let principal = statement[key], let mapping = principal.mappingValue {
                statement[key] = Node(.mapping(mapping.mapValues(listed)), mark: principal.mark)
            }
        }
        if let condition = statement["Condition"], let operators = condition.mappingValue {
            let values = operators.mapValues { keys in
                keys.mappingValue.map { Node(.mapping($0.mapValues(listed)), mark: keys.mark) } ?? keys
            }
            statement["Condition"] = Node(.mapping(values), mark: condition.mark)
        }
        return Node(.mapping(statement), mark: node.mark)
    }

    private static func listed(_ node: Node) -> Node {
        if case .list = node.value { return node }
        return .list([node], mark: node.mark)
    }

    /// A document written as JSON text, or URL-encoded JSON text as IAM's API returns it.
    private static func parse(_ text: String) -> Node? {
        let trimmed = text.drop { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }
        if trimmed.hasPrefix("{") {
            return try? TemplateReader.read(Array(text.utf8), file: "policy document", format: .json)
        }
        guard trimmed.hasPrefix("%7B") || trimmed.hasPrefix("%7b"), let decoded = percentDecoded(text) else {
            return nil
        }
        return try? TemplateReader.read(decoded, file: "policy document", format: .json)
    }

    private static func percentDecoded(_ text: String) -> [UInt8]? {
        var out: [UInt8] = []
        var bytes = Array(text.utf8)[...]
        while let byte = bytes.popFirst() {
            switch byte {
            case UInt8(ascii: "%"):
                let digits = String(decoding: bytes.prefix(2), as: UTF8.self)
                guard digits.utf8.count == 2, let value = UInt8(digits, radix: 16) else { return nil }
                bytes = bytes.dropFirst(2)
                out.append(value)
            case UInt8(ascii: "+"): out.append(UInt8(ascii: " "))
            default: out.append(byte)
            }
        }
        return out
    }

    /// The parsed document marked where its text was read, so differences inside it point at the file.
    private static func remarked(_ node: Node, _ mark: SourceMark?) -> Node {
        switch node.value {
        case .list(let items): .list(items.map { remarked($0, mark) }, mark: mark)
        case .mapping(let mapping):
            .mapping(
                Mapping(mapping.entries.map { .init(key: $0.key, keyMark: mark, value: remarked($0.value, mark)) }),
                mark: mark)
        default: Node(node.value, mark: mark)
        }
    }
}

extension Mapping {
    fileprivate func mapValues(_ transform: (Node) -> Node) -> Mapping {
        Mapping(entries.map { Mapping.Entry(key: $0.key, keyMark: $0.keyMark, value: transform($0.value)) })
    }
}
