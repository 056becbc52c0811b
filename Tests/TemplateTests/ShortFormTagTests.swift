import Template
import Testing

@Suite struct ShortFormTagTests {
    private func longForm(_ key: String, _ argument: Node) -> Value { .mapping(Mapping([key: argument])) }

    @Test func refAndConditionKeepTheirNames() throws {
        #expect(try valueOfA("A: !Ref Bucket\n") == longForm("Ref", .string("Bucket")))
        #expect(try valueOfA("A: !Condition IsProd\n") == longForm("Condition", .string("IsProd")))
    }

    @Test func getAttSplitsAtTheFirstDot() throws {
        #expect(
            try valueOfA("A: !GetAtt Db.Endpoint.Address\n")
                == longForm("Fn::GetAtt", .list([.string("Db"), .string("Endpoint.Address")])))
        #expect(
            try valueOfA("A: !GetAtt [Db, Endpoint.Address]\n")
                == longForm("Fn::GetAtt", .list([.string("Db"), .string("Endpoint.Address")])))
        #expect(try valueOfA("A: !GetAtt Db\n") == longForm("Fn::GetAtt", .list([.string("Db")])))
    }

    @Test(arguments: [
        "Sub", "Join", "If", "Select", "Split", "FindInMap", "GetAZs", "ImportValue", "Base64", "Cidr", "Equals", "And",
        "Or", "Not", "Transform", "Length", "ToJsonString",
    ])
    func everyOtherTagBecomesFn(_ name: String) throws {
        let document = try TemplateReader.document(Array("A: !\(name) [x, 1]\n".utf8), file: "t.yaml")
        #expect(document.root["A"]?.value == longForm("Fn::\(name)", .list([.string("x"), .number("1")])))
        #expect(document.warnings.isEmpty)
    }

    @Test func tagsOnMappingsAndNestedTags() throws {
        let node = try readYAML("A: !Transform {Name: AWS::Include, Parameters: {Location: !Sub 's3://${B}'}}\n")
        let parameters = Node.mapping(Mapping(["Location": .mapping(Mapping(["Fn::Sub": .string("s3://${B}")]))]))
        #expect(
            node["A"]?.value
                == longForm(
                    "Fn::Transform", .mapping(Mapping(["Name": .string("AWS::Include"), "Parameters": parameters]))))
    }

    @Test func taggedScalarsAreAlwaysText() throws {
        #expect(try valueOfA("A: !Ref 10\n") == longForm("Ref", .string("10")))
        #expect(try valueOfA("A: !GetAZs ''\n") == longForm("Fn::GetAZs", .string("")))
        #expect(try valueOfA("A: !GetAZs\n") == longForm("Fn::GetAZs", .string("")))
    }

    @Test func unknownTagsAreKeptAndWarnedAbout() throws {
        let document = try TemplateReader.document(Array("A: !Frobnicate x\n".utf8), file: "t.yaml")
        #expect(document.root["A"]?.value == longForm("Fn::Frobnicate", .string("x")))
        #expect(
            document.warnings.map(\.description) == [
                "t.yaml:1:4: warning: unknown tag '!Frobnicate' read as 'Fn::Frobnicate'; check the spelling"
            ])
    }

    @Test func standardTagsMeanWhatTheySay() throws {
        #expect(try valueOfA("A: !!str 0123\n") == .string("0123"))
        #expect(try valueOfA("A: !!float 1e5\n") == .number("1e5"))
        #expect(try valueOfA("A: !!bool Yes\n") == .bool(true))
        #expect(try valueOfA("A: ! 12\n") == .string("12"))
    }

    @Test func writerUsesShortFormsThatReadBackTheSame() {
        let yaml = TemplateWriter.yaml(
            template([
                "R": .mapping(Mapping(["Ref": .string("B")])),
                "G": .mapping(Mapping(["Fn::GetAtt": .list([.string("Db"), .string("Endpoint.Address")])])),
                "D": .mapping(Mapping(["Fn::GetAtt": .list([.string("A.b"), .string("C")])])),
                "S": .mapping(Mapping(["Fn::GetAtt": .string("Db.Port")])),
                "B": .mapping(Mapping(["Fn::Base64": .mapping(Mapping(["Fn::Sub": .string("x")]))])),
                "T": .mapping(Mapping(["Ref": .number("10")])),
            ]))
        #expect(
            yaml == """
                R: !Ref B
                G: !GetAtt Db.Endpoint.Address
                D: !GetAtt [A.b, C]
                S:
                  Fn::GetAtt: Db.Port
                B:
                  Fn::Base64: !Sub x
                T:
                  Ref: 10

                """)
    }

    @Test func shortArgumentListsAreWrittenOnOneLine() throws {
        let node = try readYAML(
            "A: !Select [0, !GetAZs '']\nB: !Join ['', [a, !Ref B]]\nC: !If [C, {a: 1}, !Ref 'AWS::NoValue']\n")
        #expect(
            TemplateWriter.yaml(node) == """
                A: !Select [0, !GetAZs '']
                B: !Join ['', [a, !Ref B]]
                C: !If
                - C
                - a: 1
                - !Ref AWS::NoValue

                """)
    }

    @Test func everyIntrinsicRoundTripsThroughTheWriter() throws {
        let text = """
            A:
              a: !Sub ['${A}-${B}', {B: !Ref C}]
              b: !If [Cond, !GetAtt X.Y, !Ref 'AWS::NoValue']
              c: !Select [0, !GetAZs '']
              d: !Join ['', ['arn:', !Ref 'AWS::Partition']]
              e: !Split [',', !ImportValue Shared]
              f: !FindInMap [M, !Ref 'AWS::Region', K]
              g: !Base64 {'Fn::Sub': 'x'}
              h: !Cidr [!GetAtt Vpc.CidrBlock, 6, 8]
              i: !And [!Equals [!Ref A, 'Yes'], !Or [!Condition B, !Not [!Condition C]]]
              j: !Length [1, 2]
              k: !ToJsonString {a: 1}
              l: !Sub |
                #!/bin/bash
                echo ${X}

            """
        let node = try readYAML(text)
        #expect(try throughYAML(node) == node)
        #expect(try readJSON(TemplateWriter.json(node)) == node)
    }

    /// The reader names tags by bytes when ASCII follows the `!`; a combining mark after it (`%CC%81`
    /// decodes to U+0301) makes a character that is not `!`, so the tag is not a short form but unsupported.
    @Test func aCombiningMarkAfterTheBangIsNoShortForm() throws {
        let error = #expect(throws: TemplateError.self) { try readYAML("A: !%CC%81Ref x\n") }
        #expect(error?.reason == .unsupportedTag)
        #expect(try valueOfA("A: !%C3%A9 x\n") == longForm("Fn::é", .string("x")))
    }
}
