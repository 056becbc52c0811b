import Foundation
import Template
import Testing

/// CloudFormation's quotas ("CloudFormation quotas" in the user guide) that a template can break.
enum CloudFormationQuotas {
    /// `--template-body` (the seed's create-stack command); 1 MB only through S3 (`--template-url`).
    static let templateBodyBytes = 51_200
    static let resources = 500
    static let parameters = 200
    static let outputs = 200
    /// Logical ids, parameter and output names: alphanumeric, at most 255 characters.
    static let nameCharacters = 255
    static let descriptionBytes = 1_024
}

@Suite struct LimitsTests {
    @Test(arguments: Goldens.both)
    func bodyFitsTheCreateStackCommand(path: String) throws {
        let size = try #require(FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
        #expect(size <= CloudFormationQuotas.templateBodyBytes, "\(path) is \(size) bytes")
    }

    @Test func countsAndNamesWithinQuotas() throws {
        let template = try TemplateReader.read(path: Goldens.json)
        let sections: [(String, Int)] = [
            ("Resources", CloudFormationQuotas.resources), ("Parameters", CloudFormationQuotas.parameters),
            ("Outputs", CloudFormationQuotas.outputs),
        ]
        for (section, quota) in sections {
            let names = try #require(template[section]?.mappingValue?.keys)
            #expect(names.count <= quota, "\(section)")
            for name in names {
                #expect(name.count <= CloudFormationQuotas.nameCharacters, "\(section)/\(name)")
                #expect(name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }, "\(section)/\(name)")
            }
        }
        let description = try #require(template["Description"]?.stringValue)
        #expect(description.utf8.count <= CloudFormationQuotas.descriptionBytes)
        for entry in template["Parameters"]!.mappingValue!.entries {
            #expect((entry.value["Description"]?.stringValue?.utf8.count ?? 0) <= 4_000, "\(entry.key)")
        }
    }
}
