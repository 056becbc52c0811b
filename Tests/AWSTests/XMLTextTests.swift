import Foundation
import Testing
import TextBasics

@testable import AWS

/// XML element texts are trimmed (TextBasics' `trimmed()`) exactly as Foundation's `.whitespacesAndNewlines`
/// trims.
@Suite("XMLText")
struct XMLTextTests {
    static let samples = [
        "", " ", "\n\t ", "plain", "  both  ", "\nAWSTemplateFormatVersion: x\n", "a b",
        "\u{85}next line\u{85}", "\u{A0}no-break\u{3000}", "\u{2028}x\u{2029}", "\u{200B}zero width\u{200B}",
        "e\u{301} ", " \u{301}", "\r\n{\"k\": 1}\r\n", "\u{1680}\u{2000}\u{200A}\u{202F}\u{205F}mid\u{B}\u{C}",
    ]

    @Test(arguments: samples)
    func trimsWhatFoundationTrims(_ text: String) {
        #expect(
            Array(text.trimmed().unicodeScalars)
                == Array(text.trimmingCharacters(in: .whitespacesAndNewlines).unicodeScalars))
    }

    @Test func elementTextsAreTrimmed() throws {
        let tree = try XMLTreeParser.parse(Array("<R><A>\n  value \n</A><L><member> x </member></L></R>".utf8))
        #expect(tree.string("A") == "value")
        #expect(tree.strings("L") == ["x"])
    }
}
