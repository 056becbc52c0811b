import Live
import Report
import StackCheckTestSupport
import Template
import TemplateDiff
import Testing

/// Every comparison rule through both entry points of the one engine: `diff` of two templates whose
/// resource `R` has property `P` set to each value, and drift's comparison of the template value with a
/// live one. Same pair, same rule, same verdict, at the same pointers.
@Suite struct ComparisonRuleTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var rule: NormalizationRule
        var left: String
        var right: String
        /// Pointers relative to `/Resources/R/Properties/P`; empty means equivalent.
        var differences: [String]
        /// The same values differ without the rule (else the case proves nothing about it).
        var differsWithoutRule = true

        var testDescription: String { "\(rule.name): \(left) vs \(right)" }
    }

    static let cases: [Case] = [
        Case(rule: .scalarsByMeaning, left: #""0100""#, right: #""100""#, differences: [""],
            differsWithoutRule: false),
        Case(rule: .scalarsByMeaning, left: "10", right: #""10""#, differences: []),
        Case(rule: .scalarsByMeaning, left: "2.50", right: #""2.5""#, differences: []),
        Case(rule: .scalarsByMeaning, left: "true", right: #""True""#, differences: []),
        Case(rule: .getAttDottedString, left: #"{"Fn::GetAtt": "A.B.C"}"#, right: #"{"Fn::GetAtt": ["A", "B.C"]}"#,
            differences: []),
        Case(rule: .getAZsCurrentRegion, left: #"{"Fn::GetAZs": ""}"#,
            right: #"{"Fn::GetAZs": {"Ref": "AWS::Region"}}"#, differences: []),
        Case(rule: .subWithoutVariables, left: #"{"Fn::Sub": "a-${X}"}"#, right: #"{"Fn::Sub": ["a-${X}", {}]}"#,
            differences: []),
        Case(rule: .mappingOrderIgnored, left: #"{"A": "1", "B": "2"}"#, right: #"{"B": "2", "A": "1"}"#,
            differences: []),
        Case(rule: .set(at: "/Properties/P"), left: #"["a", "b"]"#, right: #"["b", "a"]"#, differences: []),
        Case(
            rule: .set(at: "/Properties/P"),
            left: #"[{"CidrIp": "10.0.0.0/8", "Description": "x"}, {"CidrIp": "0.0.0.0/0", "Description": "0100"}]"#,
            right: #"[{"CidrIp": "0.0.0.0/0", "Description": "100"}, {"CidrIp": "10.0.0.0/8", "Description": "x"}]"#,
            differences: ["/1/Description"]),
        Case(
            rule: .keyed(by: "Name", at: "/Properties/P"),
            left: #"[{"Name": "a", "Image": "i:1"}, {"Name": "b", "Image": "j:1"}]"#,
            right: #"[{"Name": "b", "Image": "j:2"}, {"Name": "a", "Image": "i:1"}]"#, differences: ["/1/Image"]),
        Case(
            rule: .tags(at: "/Properties/P"), left: #"[{"Key": "team", "Value": "a"}]"#,
            right: #"[{"Key": "aws:cloudformation:stack-name", "Value": "s"}, {"Key": "team", "Value": "a"}]"#,
            differences: []),
        Case(
            rule: .tags(at: "/Properties/P"), left: #"[{"Key": "team", "Value": "a"}, {"Key": "env", "Value": "p"}]"#,
            right: #"[{"Key": "env", "Value": "p"}, {"Key": "team", "Value": "b"}]"#, differences: ["/0/Value"]),
        Case(
            rule: .iamPolicy(at: ["/Properties/P"]),
            left: #"{"Statement": {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}}"#,
            right: #"""
                {"Version": "2008-10-17",
                 "Statement": [{"Effect": "Allow", "Action": ["s3:GetObject"], "Resource": ["*"]}]}
                """#, differences: []),
        Case(
            rule: .iamPolicy(at: ["/Properties/P"]),
            left: #"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["a:X", "a:Y"]}]}"#,
            right: "\"%7B%22Version%22%3A%222012-10-17%22%2C%22Statement%22%3A%5B%7B%22Effect%22%3A"
                + "%22Allow%22%2C%22Action%22%3A%5B%22a%3AY%22%2C%22a%3AX%22%5D%7D%5D%7D\"", differences: []),
        Case(
            rule: .iamPolicy(at: ["/Properties/P"]),
            left: #"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "a:X"}]}"#,
            right: #"{"Statement": [{"Effect": "Allow", "Action": "a:X"}]}"#, differences: ["/Version"],
            differsWithoutRule: false),
        Case(
            rule: .iamPolicy(at: ["/Properties/P"]),
            left: #"{"Statement": [{"Sid": "1", "Effect": "Allow"}, {"Sid": "2", "Effect": "Deny"}]}"#,
            right: #"{"Statement": [{"Sid": "2", "Effect": "Deny"}, {"Sid": "1", "Effect": "Allow"}]}"#,
            differences: []),
        Case(rule: .serviceDefaults, left: #"{"A": "1"}"#, right: #"{"A": "1", "Default": "filled in"}"#,
            differences: []),
    ]

    func value(_ json: String) throws -> Node {
        try #require(try TemplateReader.read(Array("{\"v\": \(json)}".utf8), file: "v.json", format: .json)["v"])
    }

    func template(_ value: Node) -> Node {
        let resource = Node.mapping(Mapping(["Type": .string("T"), "Properties": .mapping(Mapping(["P": value]))]))
        return .mapping(Mapping(["Resources": .mapping(Mapping(["R": resource]))]))
    }

    static let prefix = "/Resources/R/Properties/P"

    func diffPointers(_ left: Node, _ right: Node, _ profile: EquivalenceProfile) -> [String] {
        TemplateDiffer.diff(template(left), template(right), profile: profile).map {
            String($0.path.dropFirst(Self.prefix.count))
        }
    }

    func driftPointers(_ left: Node, _ right: Node, _ rules: [NormalizationRule]) -> [String] {
        let comparison = PropertyComparison(logicalId: "R", resourceType: "T", serviceName: "S", rules: rules)
        return comparison.findings(property: "P", expected: left, actual: right).map {
            String($0.path.dropFirst(Self.prefix.count))
        }
    }

    @Test(arguments: cases) func bothEntryPointsGiveTheSameVerdict(_ item: Case) throws {
        let left = try value(item.left)
        let right = try value(item.right)
        let inCfn = EquivalenceProfile.cfn.rules.contains { $0.name == item.rule.name }
        let profile = inCfn ? EquivalenceProfile.cfn : EquivalenceProfile.cfn.adding(item.rule)
        #expect(diffPointers(left, right, profile) == item.differences)
        #expect(driftPointers(left, right, [item.rule]) == item.differences)
        let equivalent = TemplateDiffer.equivalent(template(left), template(right), profile: profile)
        #expect(equivalent == item.differences.isEmpty)
        // Without the rule, the pair reads differently: the rule is what gives the verdict.
        let others = EquivalenceProfile.cfn.rules.filter { $0.name != item.rule.name }
        let without = EquivalenceProfile(name: "without", rules: others)
        if item.differsWithoutRule {
            #expect(diffPointers(left, right, without) != item.differences)
        }
    }

    /// `short-form` is the readers' work: a YAML `!Ref` reaches both entry points as its long form.
    @Test func shortFormIsLongFormInBothPaths() throws {
        let yaml = try TemplateReader.read(Array("P: !Sub 'a-${X}'\n".utf8), file: "v.yaml", format: .yaml)
        let left = try #require(yaml["P"])
        let right = try value(#"{"Fn::Sub": "a-${X}"}"#)
        #expect(diffPointers(left, right, .cfn).isEmpty)
        #expect(driftPointers(left, right, []).isEmpty)
        #expect(diffPointers(left, try value(#"{"Fn::Sub": "b-${X}"}"#), .cfn) == ["/Fn::Sub"])
        #expect(driftPointers(left, try value(#"{"Fn::Sub": "b-${X}"}"#), []) == ["/Fn::Sub"])
    }

    /// `diff --profile iam` is `cfn` with `iam-policy` on every place templates hold policy documents.
    @Test func theIamProfileReadsTemplatePoliciesAsIAMDoes() throws {
        let left = try value(
            #"{"Resources": {"Role": {"Type": "AWS::IAM::Role", "Properties": {"Policies": [{"PolicyName": "p","#
                + #""PolicyDocument": {"Statement": {"Effect": "Allow", "Action": "s3:GetObject","#
                + #""Resource": "*"}}}]}}}}"#)
        let right = try value(
            #"{"Resources": {"Role": {"Type": "AWS::IAM::Role", "Properties": {"Policies": [{"PolicyName": "p","#
                + #""PolicyDocument": {"Version": "2008-10-17", "Statement": [{"Effect": "Allow","#
                + #""Action": ["s3:GetObject"], "Resource": ["*"]}]}}]}}}}"#)
        let iam = try #require(EquivalenceProfile.named("iam"))
        #expect(TemplateDiffer.diff(left, right, profile: iam).isEmpty)
        #expect(!TemplateDiffer.diff(left, right, profile: .cfn).isEmpty)
    }

    /// DependsOn is a resource attribute, not a property a service holds: drift sees it where it reads
    /// the deployed template, through the same engine and profile.
    @Test func dependsOnIsASetInDiffAndInDriftsDeployedTemplateCheck() throws {
        let left = try value(#"{"Resources": {"R": {"Type": "T", "DependsOn": "A"}}}"#)
        let right = try value(#"{"Resources": {"R": {"Type": "T", "DependsOn": ["A"]}}}"#)
        let other = try value(#"{"Resources": {"R": {"Type": "T", "DependsOn": ["B"]}}}"#)
        #expect(TemplateDiffer.diff(left, right).isEmpty)
        #expect(TemplateCheck.check(expected: left, deployed: right).findings.isEmpty)
        let pointer = "/Resources/R/DependsOn/0"
        #expect(TemplateDiffer.diff(left, other).map(\.path) == [pointer, pointer])
        #expect(TemplateCheck.check(expected: left, deployed: other).findings.map(\.path).first == pointer)
    }
}
