import BatchStack
import Foundation
import StackCheckTestSupport
import Template
import TemplateDiff
import Testing

/// The checked-in goldens are what the typed Swift generates, in both formats, and they agree.
@Suite struct GeneratedTemplateTests {
    @Test func generatedMatchesJSONGolden() {
        assertGolden(BatchProcessingStack.template, at: Goldens.json)
    }

    @Test func generatedMatchesYAMLGolden() {
        assertGolden(BatchProcessingStack.template, at: Goldens.yaml)
    }

    @Test func theTwoGoldensAreEquivalent() throws {
        let json = try TemplateReader.read(path: Goldens.json)
        let yaml = try TemplateReader.read(path: Goldens.yaml)
        #expect(TemplateDiffer.diff(json, yaml, profile: .cfn) == [])
        // Stronger: same kinds, text and order; the YAML writer's short forms read back as long forms.
        #expect(TemplateDiffer.diff(json, yaml, profile: .strict) == [])
    }

    @Test(arguments: Goldens.both)
    func roundTripIsLossless(path: String) throws {
        let original = try TemplateReader.read(path: path)
        for format in TemplateFormat.allCases {
            let text = TemplateWriter.write(original, as: format)
            let back = try TemplateReader.read(Array(text.utf8), file: "roundtrip.\(format.rawValue)", format: format)
            #expect(TemplateDiffer.diff(original, back, profile: .strict) == [], "via \(format.rawValue)")
        }
        // The golden is the writer's own output: writing it again in its format gives the same bytes.
        let bytes = try #require(FileManager.default.contents(atPath: path))
        let format = try #require(TemplateFormat(path: path))
        #expect(TemplateWriter.write(original, as: format) == String(decoding: bytes, as: UTF8.self))
    }

    @Test func generateCommandPrintsTheGoldens() async throws {
        for (format, path) in [("json", Goldens.json), ("yaml", Goldens.yaml)] {
            let result = try await CLI.run(["generate", "--format", format])
            #expect(result.status == 0, "\(result.stderr)")
            let golden = try #require(FileManager.default.contents(atPath: path))
            // Compared as a Bool: on failure the golden assertions above show where, without two whole files.
            let same = result.stdout == String(decoding: golden, as: UTF8.self)
            #expect(same, "stackcheck generate --format \(format) differs from \(path): see the golden assertions")
        }
    }
}
