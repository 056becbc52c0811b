import PropertyBased
import Template
import Testing

/// Property-based round trips: any template the model can hold is written in each format and read back
/// as the same value tree (kinds, text, key order).
@Suite struct RoundtripPropertyTests {
    @Test func randomTemplatesReadBackUnchangedInBothFormats() async {
        await propertyCheck(count: 400, input: RandomTemplates.template) { node in
            for format in TemplateFormat.allCases {
                let text = TemplateWriter.write(node, as: format)
                #expect(
                    (try? TemplateReader.read(Array(text.utf8), file: "random", format: format)) == node,
                    "as \(format.rawValue):\n\(text)")
            }
        }
    }

    /// The property can fail: YAML written without its quotes (`'Yes'` as `Yes`) is caught.
    @Test func aWriterThatForgetsQuotingIsCaught() async {
        await withKnownIssue {
            await propertyCheck(count: 20, input: RandomTemplates.template) { random in
                var mapping = random.mappingValue ?? Mapping()
                mapping["Flag"] = .string("Yes")
                let node = Node(.mapping(mapping))
                let careless = TemplateWriter.yaml(node).replacing("'Yes'", with: "Yes")
                #expect((try? TemplateReader.read(Array(careless.utf8), file: "c", format: .yaml)) == node)
            }
        }
    }

    /// A YAML 1.1 integer in any of its forms reads back from JSON as its value, and from YAML as itself.
    @Test func yaml11IntegersKeepTheirValue() async {
        let forms = Generator<(text: String, value: Int), Shrink.None<(text: String, value: Int)>> { rng in
            let value = Int.random(in: -1_000_000_000...1_000_000_000, using: &rng)
            let sign = value < 0 ? "-" : Bool.random(using: &rng) ? "+" : ""
            let magnitude = value.magnitude
            let digits: String
            switch Int.random(in: 0..<5, using: &rng) {
            case 0: digits = "0x" + String(magnitude, radix: 16, uppercase: Bool.random(using: &rng))
            case 1: digits = "0b" + String(magnitude, radix: 2)
            case 2: digits = "0" + String(magnitude, radix: 8)
            case 3:
                guard magnitude >= 3600 else { fallthrough }
                digits =
                    "\(magnitude / 3600):" + String(format2: (magnitude / 60) % 60) + ":"
                    + String(format2: magnitude % 60)
            default:
                let plain = String(magnitude)
                digits = plain.count > 3 ? plain.dropLast(3) + "_" + plain.suffix(3) : plain
            }
            return (sign + digits, value)
        }
        await propertyCheck(count: 300, input: forms) { form in
            let original = Node.mapping(Mapping(["A": .number(form.text)]))
            let yaml = TemplateWriter.yaml(original)
            #expect((try? TemplateReader.read(Array(yaml.utf8), file: "y", format: .yaml)) == original, "\(yaml)")
            let json = TemplateWriter.json(original)
            let back = try? TemplateReader.read(Array(json.utf8), file: "j", format: .json)
            #expect(back?["A"]?.value == .number(String(form.value)), "\(form.text) as JSON: \(json)")
        }
    }
}

extension String {
    /// Two digits, zero-padded: a sexagesimal group.
    fileprivate init(format2 value: UInt) { self = value < 10 ? "0\(value)" : "\(value)" }
}
