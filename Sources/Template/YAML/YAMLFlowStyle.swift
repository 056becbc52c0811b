/// When an intrinsic's argument list reads better on one line, as people write them by hand:
/// `!FindInMap [Subnets, !Ref 'AWS::Region', Cidr]`, `!Select [0, !GetAZs '']`, `!Join ['', [a, !Ref B]]`.
/// Only short lists of one-line scalars, short-form scalars and such lists qualify; anything holding a
/// mapping or a multi-line string stays in block style, where it is easier to read and diff.
enum YAMLFlowStyle {
    static let maxWidth = 80

    static func fits(_ items: [Node]) -> Bool {
        var width = 2
        return items.allSatisfy { simple($0, depth: 0, width: &width) } && width <= maxWidth
    }

    private static func simple(_ node: Node, depth: Int, width: inout Int) -> Bool {
        width += 2
        switch node.value {
        case .null, .bool: width += 5
        case .number(let text): width += text.utf8.count
        case .string(let text): return oneLine(text, width: &width)
        case .list(let items):
            guard depth < 2 else { return false }
            width += 2
            return items.allSatisfy { simple($0, depth: depth + 1, width: &width) }
        case .mapping(let mapping):
            // A short form with a text argument, such as `!Ref B`; GetAtt as `!GetAtt A.B`.
            guard let name = YAMLWriter.shortFormName(mapping) else { return false }
            width += name.utf8.count + 2
            switch mapping.entries[0].value.value {
            case .string(let text): return oneLine(text, width: &width)
            case .list(let items):
                guard name == "GetAtt", let dotted = YAMLWriter.dottedGetAtt(items) else { return false }
                return oneLine(dotted, width: &width)
            default: return false
            }
        }
        return width <= maxWidth
    }

    private static func oneLine(_ text: String, width: inout Int) -> Bool {
        width += text.utf8.count + 2
        return width <= maxWidth && !text.utf8.contains(0x0A)
    }
}
