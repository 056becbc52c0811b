import Template
import Testing

@testable import TemplateDiff

/// Each cfn rule in both directions: equal when the rule says so, different when it does not apply,
/// and different under `strict`, which has no rules.
@Suite struct RuleTests {
    @Test func profilesNameTheirRules() {
        #expect(
            EquivalenceProfile.cfn.rules.map(\.name) == [
                "short-form", "getatt-string", "getazs-region", "scalar-meaning", "dependson-set", "sub-string",
                "mapping-order",
            ])
        #expect(EquivalenceProfile.strict.rules.isEmpty)
        #expect(EquivalenceProfile.named("cfn")?.name == "cfn")
        #expect(EquivalenceProfile.named("loose") == nil)
    }

    /// Rule 1 is the readers' work; checked here end to end so a reader change cannot break it unseen.
    @Test func shortFormEqualsLongForm() throws {
        let short = try Fixtures.read(
            """
            A: !Ref Env
            B: !Sub "${Env}-x"
            C: !GetAtt Db.Endpoint.Address
            D: !If [IsProd, !Ref X, !Ref "AWS::NoValue"]
            E: !Condition IsProd
            F: !Select [0, !GetAZs ""]
            """, file: "short.yaml")
        let long = try Fixtures.read(
            """
            {"A": {"Ref": "Env"}, "B": {"Fn::Sub": "${Env}-x"}, "C": {"Fn::GetAtt": ["Db", "Endpoint.Address"]},
             "D": {"Fn::If": ["IsProd", {"Ref": "X"}, {"Ref": "AWS::NoValue"}]}, "E": {"Condition": "IsProd"},
             "F": {"Fn::Select": ["0", {"Fn::GetAZs": {"Ref": "AWS::Region"}}]}}
            """, file: "long.json")
        #expect(TemplateDiffer.diff(short, long).isEmpty)
        #expect(
            TwinPairs.summary(TemplateDiffer.diff(short, long, profile: .strict)) == [
                "changed /F/Fn::Select/0", "changed /F/Fn::Select/1/Fn::GetAZs",
            ])
        let other = try Fixtures.read(#"{"A": {"Fn::Ref": "Env"}, "B": {"Fn::Sub": "${Env}-y"}}"#, file: "o.json")
        let shortAB = try Fixtures.read("A: !Ref Env\nB: !Sub ${Env}-x\n", file: "ab.yaml")
        #expect(
            TwinPairs.summary(TemplateDiffer.diff(shortAB, other)) == [
                "removed /A/Ref", "added /A/Fn::Ref", "changed /B/Fn::Sub",
            ])
    }

    @Test func getAttStringEqualsList() {
        #expect(equal(["Fn::GetAtt": "Db.Endpoint"], ["Fn::GetAtt": ["Db", "Endpoint"]]))
        #expect(equal(["Fn::GetAtt": "Db.Endpoint.Address"], ["Fn::GetAtt": ["Db", "Endpoint.Address"]]))
        #expect(!equal(["Fn::GetAtt": "Db.Endpoint.Address"], ["Fn::GetAtt": ["Db.Endpoint", "Address"]]))
        #expect(summary(["Fn::GetAtt": "Db.Arn"], ["Fn::GetAtt": ["Db", "Endpoint"]]) == ["changed /Fn::GetAtt/1"])
        #expect(!equal(["Fn::GetAtt": "Db.Endpoint"], ["Fn::GetAtt": ["Db", "Endpoint"]], .strict))
    }

    @Test func getAttPartsKeepTheStringsMark() {
        let mark = SourceMark(file: "a.yaml", line: 4, column: 9)
        let left = Node.mapping(Mapping(["Fn::GetAtt": .string("Db.Arn", mark: mark)]))
        let right = TV.mapping([("Fn::GetAtt", ["Db", "Endpoint"])]).node
        let found = TemplateDiffer.diff(left, right)
        #expect(found.map(\.left?.mark) == [mark])
        #expect(found.first?.left?.stringValue == "Arn")
    }

    @Test func getAZsOfTheCurrentRegionAreEqual() {
        let forms: [TV] = [["Fn::GetAZs": nil], ["Fn::GetAZs": ""], ["Fn::GetAZs": ["Ref": "AWS::Region"]]]
        for left in forms {
            for right in forms { #expect(equal(left, right)) }
        }
        #expect(!equal(["Fn::GetAZs": ""], ["Fn::GetAZs": "eu-west-1"]))
        #expect(!equal(["Fn::GetAZs": ""], ["Fn::GetAZs": ["Ref": "OtherRegion"]]))
        #expect(!equal(["Fn::GetAZs": nil], ["Fn::GetAZs": ""], .strict))
    }

    @Test func numbersCompareByExactValue() {
        #expect(equal("10", 10))
        #expect(equal(.number("2.0"), 2))
        #expect(equal("2.0", 2))
        #expect(equal(.number("1e3"), 1000))
        #expect(equal("1E+3", .number("1000.000")))
        #expect(equal(.number("-0"), 0))
        #expect(equal(.number("0.50"), .number(".5")))
        #expect(!equal("10", 11))
        #expect(!equal("10", "10.5"))
        // Double would round both to the same value.
        #expect(!equal(.number("12345678901234567890"), "12345678901234567891"))
        #expect(equal(.number("123456789012"), "123456789012"))
        #expect(!equal("10", 10, .strict))
        #expect(!equal(.number("2.0"), 2, .strict))
    }

    @Test func leadingZeroNumbersAreIdentifiers() {
        #expect(equal(.number("012345678901"), "012345678901"))
        #expect(!equal(.number("012345678901"), .number("12345678901")))
        #expect(!equal("0123", 123))
        #expect(equal(.number("0.5"), "0.50"))
    }

    @Test func booleansEqualTheirStrings() {
        #expect(equal(true, "true"))
        #expect(equal(true, "True"))
        #expect(equal(true, "TRUE"))
        #expect(equal(false, "False"))
        #expect(!equal(true, "Yes"))
        #expect(!equal(true, "yes"))
        #expect(!equal(true, false))
        #expect(!equal(true, 1))
        #expect(!equal(nil, ""))
        #expect(!equal(nil, "null"))
        #expect(!equal(true, "true", .strict))
    }

    @Test func dependsOnIsASet() {
        func resource(_ dependsOn: TV) -> TV {
            ["Resources": ["Svc": ["Type": "AWS::ECS::Service", "DependsOn": dependsOn]]]
        }
        #expect(equal(resource("Listener"), resource(["Listener"])))
        #expect(equal(resource(["Listener", "Role"]), resource(["Role", "Listener"])))
        #expect(!equal(resource(["Listener", "Listener"]), resource(["Listener"])))
        #expect(
            summary(resource(["Listener", "Role"]), resource(["Role", "Queue"])) == [
                "removed /Resources/Svc/DependsOn/0", "added /Resources/Svc/DependsOn/1",
            ])
        #expect(summary(resource("Listener"), resource(["Role", "Listener"])) == ["added /Resources/Svc/DependsOn/0"])
        #expect(!equal(resource("Listener"), resource(["Listener"]), .strict))
        #expect(!equal(resource(["Listener", "Role"]), resource(["Role", "Listener"]), .strict))
    }

    @Test func dependsOnElsewhereKeepsItsOrder() {
        func properties(_ value: TV) -> TV { ["Resources": ["Svc": ["Properties": ["DependsOn": value]]]] }
        #expect(!equal(properties(["A", "B"]), properties(["B", "A"])))
        #expect(!equal(["DependsOn": "A"], ["DependsOn": ["A"]]))
    }

    @Test func subStringEqualsSubWithNoVariables() {
        #expect(equal(["Fn::Sub": "${AWS::StackName}-jobs"], ["Fn::Sub": ["${AWS::StackName}-jobs", [:]]]))
        #expect(!equal(["Fn::Sub": "${Env}-jobs"], ["Fn::Sub": ["${Env}-jobs", ["Env": "prod"]]]))
        #expect(summary(["Fn::Sub": ["${Env}-jobs", [:]]], ["Fn::Sub": "${Env}-queue"]) == ["changed /Fn::Sub"])
        #expect(!equal(["Fn::Sub": "a"], ["Fn::Sub": ["a", [:]]], .strict))
    }

    @Test func mappingOrderNeverMatters() {
        #expect(equal(["A": 1, "B": ["C": 2, "D": 3]], ["B": ["D": 3, "C": 2], "A": 1]))
        #expect(!equal(["A": [1, 2]], ["A": [2, 1]]))
        #expect(summary(["A": 1, "B": 2], ["B": 2, "A": 1], profile: .strict) == ["changed "])
    }

    @Test func strictReportsKeyOrderAsTheTwoKeyLists() {
        let found = TemplateDiffer.diff(
            TV.mapping([("A", 1), ("B", 2), ("C", 3)]).node,
            TV.mapping([("B", 2), ("A", 1), ("D", 4)]).node, profile: .strict)
        #expect(found.map { "\($0.kind.rawValue) \($0.path)" } == ["changed ", "removed /C", "added /D"])
        #expect(found.first?.left == TV.list(["A", "B"]).node)
        #expect(found.first?.right == TV.list(["B", "A"]).node)
    }

    @Test func anAddedRuleChangesOnlyItsOwnPlace() {
        let securityGroups = NormalizationRule(
            name: "security-groups-set", summary: "SecurityGroupIds order does not matter",
            unorderedList: { $0.path.last == "SecurityGroupIds" })
        let profile = EquivalenceProfile.cfn.adding(securityGroups)
        let left = TV.mapping([("SecurityGroupIds", ["sg-1", "sg-2"]), ("Subnets", ["a", "b"])]).node
        let right = TV.mapping([("SecurityGroupIds", ["sg-2", "sg-1"]), ("Subnets", ["b", "a"])]).node
        #expect(profile.name == "cfn+security-groups-set")
        #expect(TemplateDiffer.diff(left, right, profile: profile).map(\.path) == ["/Subnets/0", "/Subnets/1"])
        #expect(TemplateDiffer.diff(left, right).count == 4)
    }
}
