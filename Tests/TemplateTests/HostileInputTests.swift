import Template
import Testing

/// Each hostile input fails with one exact, actionable line, quickly.
@Suite struct HostileInputTests {
    @Test func overTheSizeLimit() {
        let big = "A: " + String(repeating: "x", count: 1_000_000) + "\n"
        #expect(
            errorText(big)
                == "t.yaml:1:1: error: the template is 1000004 bytes, over CloudFormation's 1000000-byte limit; split it into nested stacks"
        )
    }

    @Test func emptyFiles() {
        let message = "error: the template is empty; a template is a mapping with at least a Resources section"
        #expect(errorText("") == "t.yaml:1:1: \(message)")
        #expect(errorText("# only a comment\n") == "t.yaml:1:1: \(message)")
        #expect(errorText(" \n", file: "t.json", format: .json) == "t.json:1:1: \(message)")
    }

    @Test func notAMapping() {
        #expect(
            errorText("- a\n- b\n") == "t.yaml:1:1: error: a template must be a mapping at the top level, found a list")
        #expect(
            errorText("just text\n")
                == "t.yaml:1:1: error: a template must be a mapping at the top level, found a string")
        #expect(
            errorText("[1]", file: "t.json")
                == "t.json:1:1: error: a template must be a mapping at the top level, found a list")
    }

    @Test func duplicateKeysNameBothPlaces() {
        #expect(
            errorText("A: 1\nB:\n  C: 1\n  C: 2\n")
                == "t.yaml:4:3: error: duplicate key 'C' (first at 3:3); remove or rename one of them")
        #expect(
            errorText("{\n  \"A\": 1,\n  \"A\": 2\n}", file: "t.json")
                == "t.json:3:3: error: duplicate key 'A' (first at 2:3); remove or rename one of them")
        let many = (0..<40).map { "K\($0): 1\n" }.joined() + "K7: 2\n"
        #expect(
            errorText(many) == "t.yaml:41:1: error: duplicate key 'K7' (first at 8:1); remove or rename one of them")
    }

    @Test func invalidUTF8() {
        var bytes = Array("A: caf".utf8) + [0xC3, 0x28] + Array("\n".utf8)
        #expect(throws: TemplateError.self) { try TemplateReader.read(bytes, file: "t.yaml") }
        #expect(readError(bytes) == "t.yaml:1:7: error: invalid UTF-8 (byte 0xC3); save the file as UTF-8")
        bytes = Array("{\"A\": \"".utf8) + [0xFF] + Array("\"}".utf8)
        #expect(
            readError(bytes, file: "t.json") == "t.json:1:8: error: invalid UTF-8 (byte 0xFF); save the file as UTF-8")
    }

    @Test func tabsInIndentation() {
        let message = "error: a tab character in the indentation; YAML indents with spaces only, replace the tab"
        #expect(errorText("A:\n\tB: 1\n") == "t.yaml:2:1: \(message)")
        #expect(errorText("A:\n  B: 1\n\tC: 2\n") == "t.yaml:3:1: \(message)")
    }

    @Test func truncatedFiles() {
        #expect(
            errorText("A: 1\nB: [1, 2\n")
                == "t.yaml:3:1: error: unexpected end of file (did not find expected ',' or ']' while parsing a flow sequence at 2:4); the file looks truncated"
        )
        #expect(
            errorText("A: \"abc\n")
                == "t.yaml:2:1: error: unexpected end of file (found unexpected end of stream while scanning a quoted scalar at 1:4); the file looks truncated"
        )
        #expect(
            errorText("{\"A\": [1, 2", file: "t.json")
                == "t.json:1:12: error: unexpected end of file, expected ',' or ']' to close the array at 1:7; the file looks truncated"
        )
        #expect(
            errorText("{\"A\": \"x", file: "t.json")
                == "t.json:1:9: error: unexpected end of file, expected '\"' to close the string; the file looks truncated"
        )
    }

    @Test func nestingDepth() {
        let deep = "A: " + String(repeating: "[", count: 200) + String(repeating: "]", count: 200) + "\n"
        #expect(errorText(deep) == "t.yaml:1:131: error: nesting deeper than 128 levels; flatten the template")
        let deepJSON = "{\"A\": " + String(repeating: "[", count: 200) + String(repeating: "]", count: 200) + "}"
        #expect(
            errorText(deepJSON, file: "t.json")
                == "t.json:1:134: error: nesting deeper than 128 levels; flatten the template")
    }

    @Test func billionLaughsFailsFast() {
        var lines = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        let names = "abcdefghij".map(String.init)
        for i in 1..<10 {
            lines.append(
                "\(names[i]): &\(names[i]) [" + Array(repeating: "*\(names[i - 1])", count: 9).joined(separator: ", ")
                    + "]")
        }
        #expect(
            errorText(lines.joined(separator: "\n") + "\n")
                == "t.yaml:6:8: error: YAML aliases expand to more than 100000 nodes; write the values out instead")
    }

    @Test func smallAliasesAreExpandedAndReported() throws {
        let document = try TemplateReader.document(Array("A: &x [1, 2]\nB: *x\nC: *x\n".utf8), file: "t.yaml")
        #expect(document.root["B"] == document.root["A"] && document.root["C"] == document.root["A"])
        #expect(
            document.warnings.map(\.description) == [
                "t.yaml:2:4: warning: alias '*x' expanded; CloudFormation rejects YAML aliases, write the value out"
            ])
    }

    @Test func otherStructuralErrors() {
        #expect(
            errorText("A: 1\n---\nB: 2\n")
                == "t.yaml:2:1: error: a second YAML document starts here; a template is a single document")
        #expect(
            errorText("? [a]\n: 1\n")
                == "t.yaml:1:3: error: a key must be plain text, found a list; write the key as text")
        #expect(
            errorText("A: !!binary aGk=\n")
                == "t.yaml:1:4: error: unsupported tag !!binary; CloudFormation accepts only its short-form tags such as !Ref and !Sub"
        )
        #expect(
            errorText("A: [1, 2]]\n")
                == "t.yaml:1:10: error: did not find expected key (while parsing a block mapping at 1:1); fix the YAML syntax"
        )
        #expect(
            errorText("{\"A\": 1,}", file: "t.json")
                == "t.json:1:9: error: expected a key in double quotes, found '}'; JSON allows no comma before '}'")
        #expect(
            errorText("{\"A\": 01}", file: "t.json")
                == "t.json:1:7: error: a JSON number cannot start with 0 (found '01'); quote it as a string")
    }

    @Test func missingFile() {
        #expect(throws: TemplateError.self) { try TemplateReader.read(path: "/nonexistent/t.yaml") }
        do {
            _ = try TemplateReader.read(path: "/nonexistent/t.yaml")
        } catch {
            #expect("\(error)" == "/nonexistent/t.yaml: error: no such file; check the path")
        }
    }

    private func readError(_ bytes: [UInt8], file: String = "t.yaml") -> String? {
        do {
            _ = try TemplateReader.read(bytes, file: file)
            return nil
        } catch {
            return "\(error)"
        }
    }
}
