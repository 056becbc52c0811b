import Foundation
import Findings
import StackCheckTestSupport
import Template
import TemplateDiff
import Testing

/// Every JSON template of the shared test data against its YAML twin, under cfn.
@Suite(.enabled(if: TestData.root != nil, Comment(rawValue: TestData.missingMessage)))
struct TwinTests {
    @Test func everyTwinPairHasItsExpectedDifferences() throws {
        let pairs = TwinPairs.all(TestData.templates())
        #expect(pairs.count == TwinExpectations.pairCount)
        for pair in pairs {
            let left = try TemplateReader.read(path: pair.json.path)
            let right = try TemplateReader.read(path: pair.yaml.path)
            let found = TwinPairs.summary(TemplateDiffer.diff(left, right))
            #expect(found == TwinExpectations.differing[pair.name] ?? [], "\(pair.name)")
        }
        let names = Set(pairs.map(\.name))
        #expect(Set(TwinExpectations.differing.keys).isSubset(of: names))
    }

    /// Each difference points into both files: the marks name the twin it came from.
    @Test func marksPointIntoTheirOwnFile() throws {
        for pair in TwinPairs.all(TestData.templates()) where TwinExpectations.differing[pair.name] != nil {
            let found = TemplateDiffer.diff(
                try TemplateReader.read(path: pair.json.path), try TemplateReader.read(path: pair.yaml.path))
            for difference in found {
                if let mark = difference.left?.mark { #expect(mark.file == pair.json.path) }
                if let mark = difference.right?.mark { #expect(mark.file == pair.yaml.path) }
                #expect(difference.left?.mark != nil || difference.right?.mark != nil)
            }
        }
    }
}
