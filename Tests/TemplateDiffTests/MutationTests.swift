import Foundation
import StackCheckTestSupport
import Template
import TemplateDiff
import Testing

/// One change to one resource of a real template is found at exactly that resource.
@Suite(.enabled(if: TestData.root != nil, Comment(rawValue: TestData.missingMessage)))
struct MutationTests {
    static func templates() throws -> [(String, Node)] {
        try TestData.templates().map { ($0.lastPathComponent, try TemplateReader.read(path: $0.path)) }
    }

    static func resourceID(_ template: Node) -> String? { template["Resources"]?.mappingValue?.keys.last }

    static func mutated(_ template: Node, _ id: String, _ change: (inout Node?) -> Void) -> Node {
        var root = template.mappingValue!
        var resources = root["Resources"]!.mappingValue!
        var resource = resources[id]
        change(&resource)
        resources[id] = resource
        root["Resources"] = .mapping(resources)
        return .mapping(root)
    }

    @Test func removedRetypedOrExtendedResourceDiffersThere() throws {
        var checked = 0
        for (name, template) in try Self.templates() {
            guard let id = Self.resourceID(template), template["Resources"]?[id]?.mappingValue != nil else { continue }
            let escaped = "/Resources/" + JSONPointer.escape(id)
            let removed = Self.mutated(template, id) { $0 = nil }
            #expect(TwinPairs.summary(TemplateDiffer.diff(template, removed)) == ["removed \(escaped)"], "\(name)")

            let retyped = Self.mutated(template, id) { resource in
                var mapping = resource!.mappingValue!
                mapping["Type"] = .string("AWS::Stackcheck::Retyped")
                resource = .mapping(mapping)
            }
            let hadType = template["Resources"]?[id]?["Type"] != nil
            #expect(
                TwinPairs.summary(TemplateDiffer.diff(template, retyped))
                    == [hadType ? "changed \(escaped)/Type" : "added \(escaped)/Type"], "\(name)")

            let extended = Self.mutated(template, id) { resource in
                var mapping = resource!.mappingValue!
                var properties = mapping["Properties"]?.mappingValue ?? Mapping()
                properties["StackcheckExtra"] = .string("x")
                mapping["Properties"] = .mapping(properties)
                resource = .mapping(mapping)
            }
            let hadProperties = template["Resources"]?[id]?["Properties"]?.mappingValue != nil
            #expect(
                TwinPairs.summary(TemplateDiffer.diff(template, extended))
                    == [hadProperties ? "added \(escaped)/Properties/StackcheckExtra" : "added \(escaped)/Properties"],
                "\(name)")
            checked += 1
        }
        #expect(checked > 100)
    }
}
