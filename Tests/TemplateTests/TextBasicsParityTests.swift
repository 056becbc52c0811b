import Foundation
import Testing
import TextBasics

/// TextBasics does what full Foundation's String methods did (the shipped targets no longer link it), on
/// the awkward inputs: combining marks after a match, `\r\n`, non-ASCII space, empty needles.
@Suite("TextBasics parity with Foundation")
struct TextBasicsParityTests {
    static let texts = [
        "", "a", "error: x", "path:1:2: error: message", "|\u{301}", "a|b", "${A}${B.c}", "x${", "e\u{301}rror: y",
        "\r\n", "a\r\nb\nc", "**", "***x****", "UTC", "2024-01-01T00:00:00UTC", " \t x \u{A0}", "\u{3000}wide\u{2029}",
        "\u{200B}zw\u{200B}", "\u{85}nel\u{B}\u{C}", "ünïcödé", "🙂 emoji 🙂", "a,b,,c", "%41%zz", "x%", "%C3%A9", "%FF",
    ]
    /// What stackcheck looks for is ASCII; `🙂` stands for a needle whose scalars the text holds as written.
    static let needles = ["error: ", "|", "${", "\r\n", "\n", "*", "**", "UTC", ",", " ", "🙂", "e"]

    @Test(arguments: texts)
    func findsWhatRangeOfFinds(_ text: String) {
        for needle in Self.needles {
            let mine = text.textRange(of: needle).map { text.utf8.distance(from: text.startIndex, to: $0.lowerBound) }
            let theirs = text.range(of: needle).map { text.utf8.distance(from: text.startIndex, to: $0.lowerBound) }
            #expect(mine == theirs, "\(text.debugDescription) / \(needle.debugDescription)")
        }
        #expect(text.textRange(of: "") == nil)
        #expect(text.literalRange(of: "") == nil)
        // A Substring searches only its own part, and answers with its base's indices.
        let tail = text.dropFirst()
        for needle in Self.needles {
            let message: Comment = "\(tail.debugDescription) / \(needle.debugDescription)"
            #expect(tail.textRange(of: needle) == tail.range(of: needle), message)
        }
    }

    @Test(arguments: texts)
    func replacesWhatReplacingOccurrencesReplaces(_ text: String) {
        for needle in Self.needles {
            #expect(
                Array(text.replacingText(needle, with: "<\(needle)>").unicodeScalars)
                    == Array(text.replacingOccurrences(of: needle, with: "<\(needle)>").unicodeScalars),
                "\(text.debugDescription) / \(needle.debugDescription)")
        }
    }

    /// The byte-wise search a secret is masked with finds it whatever follows it.
    @Test func literalSearchFindsBytesWhateverFollows() {
        #expect("|\u{301}".literalRange(of: "|") != nil)
        #expect("key\u{301}".replacingLiteral("key", with: "<k>") == "<k>\u{301}")
        #expect("e\u{301}".literalRange(of: "é") == nil)
    }

    @Test(arguments: texts)
    func trimsWhatTrimmingCharactersTrims(_ text: String) {
        let pairs: [(TrimmedSpace, CharacterSet)] = [
            (.whitespaces, .whitespaces), (.newlines, .newlines), (.whitespacesAndNewlines, .whitespacesAndNewlines),
        ]
        for (mine, theirs) in pairs {
            #expect(
                Array(text.trimmed(mine).unicodeScalars) == Array(text.trimmingCharacters(in: theirs).unicodeScalars),
                "\(text.debugDescription) / \(mine)")
        }
    }

    @Test(arguments: texts)
    func percentEncodesAsFoundation(_ text: String) {
        #expect(text.percentEncodingNonAlphanumerics() == text.addingPercentEncoding(withAllowedCharacters: .alphanumerics))
        #expect(text.removingPercentEncodingIfValid() == text.removingPercentEncoding)
    }

    @Test func fileErrorsReadAsLocalizedDescriptionRead() {
        for path in ["/nonexistent/stackcheck/file", "/proc/self/nonexistent"] {
            do {
                _ = try Data(contentsOf: URL(fileURLWithPath: path))
                Issue.record("\(path) was read")
            } catch {
                #expect(FileErrorText.describe(error) == error.localizedDescription)
            }
        }
    }
}
