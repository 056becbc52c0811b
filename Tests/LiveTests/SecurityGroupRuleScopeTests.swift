import Template
import Testing

@testable import Live

/// Which live rules of a stack's security group are unmanaged: those no resource of the stack declares, and only
/// while the group's own rules are all there.
@Suite struct SecurityGroupRuleScopeTests {
    static func rule(_ json: String) throws -> Node { try TemplateReader.read(Array(json.utf8), file: "t", format: .json) }

    @Test func aRuleBesideTheTemplatesIsExtraAndTheTemplatesAreKept() throws {
        let http = try Self.rule(#"{"IpProtocol": "tcp", "FromPort": 80, "ToPort": "80", "CidrIp": "0.0.0.0/0"}"#)
        let liveHTTP = try Self.rule(
            #"{"IpProtocol": "tcp", "FromPort": 80, "ToPort": 80, "CidrIp": "0.0.0.0/0", "Description": "web"}"#)
        let ssh = try Self.rule(#"{"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22, "CidrIp": "10.0.0.0/8"}"#)
        let split = try #require(
            SecurityGroupRuleScope.split(live: [ssh, liveHTTP], own: [http], separate: [], defaultEgress: false))
        #expect(split.kept == [liveHTTP])
        #expect(split.extra == [ssh])
    }

    @Test func aTemplateRuleGoneLeavesTheWholeSetToTheComparison() throws {
        let http = try Self.rule(#"{"IpProtocol": "tcp", "FromPort": 80, "ToPort": 80, "CidrIp": "0.0.0.0/0"}"#)
        let moved = try Self.rule(#"{"IpProtocol": "tcp", "FromPort": 8080, "ToPort": 8080, "CidrIp": "0.0.0.0/0"}"#)
        #expect(SecurityGroupRuleScope.split(live: [moved], own: [http], separate: [], defaultEgress: false) == nil)
    }

    @Test func separateRuleResourcesAndTheDefaultEgressAreNotExtra() throws {
        let fromALB = try Self.rule(#"{"IpProtocol": "tcp", "FromPort": 8080, "ToPort": 8080, "SourceSecurityGroupId": "sg-1"}"#)
        let declared = try Self.rule(
            #"{"GroupId": "sg-2", "IpProtocol": "tcp", "FromPort": 8080, "ToPort": 8080, "SourceSecurityGroupId": "sg-1"}"#)
        let ingress = try #require(
            SecurityGroupRuleScope.split(live: [fromALB], own: [], separate: [declared], defaultEgress: false))
        #expect(ingress.extra.isEmpty)
        let allowAll = try Self.rule(#"{"IpProtocol": "-1", "FromPort": -1, "ToPort": -1, "CidrIp": "0.0.0.0/0"}"#)
        let egress = try Self.rule(#"{"IpProtocol": "tcp", "FromPort": 443, "ToPort": 443, "CidrIp": "10.0.0.0/8"}"#)
        let split = try #require(
            SecurityGroupRuleScope.split(live: [allowAll, egress], own: [], separate: [], defaultEgress: true))
        #expect(split.extra == [egress])
    }
}
