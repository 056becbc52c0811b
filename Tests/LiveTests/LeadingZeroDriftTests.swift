import AWS
import Foundation
import Live
import Report
import StackCheckTestSupport
import Template
import TemplateDiff
import Testing

/// Issue 12's wrong answer: a security group rule whose description `0100` became `100` out of band was
/// "in sync", because drift read both as the number 100. Drift and `diff` now share one engine.
@Suite(.serialized) struct LeadingZeroDriftTests {
    static let pointer = "/Resources/Web/Properties/SecurityGroupIngress/0/Description"

    static func body(description: String, vpcId: String) -> String {
        #"""
        {"Resources": {"Web": {"Type": "AWS::EC2::SecurityGroup", "Properties": {
          "GroupDescription": "web", "VpcId": "\#(vpcId)",
          "SecurityGroupIngress": [
            {"IpProtocol": "tcp", "FromPort": 443, "ToPort": 443, "CidrIp": "10.0.0.0/16",
             "Description": "\#(description)"}
          ]}}}}
        """#
    }

    static func rule(_ description: String) -> EC2.IPPermission {
        EC2.IPPermission(
            ipProtocol: "tcp", fromPort: 443, toPort: 443,
            ipRanges: [EC2.Source(cidr: "10.0.0.0/16", description: description)])
    }

    @Test func ruleDescriptionChangedFrom0100To100IsDriftAndDiffAgrees() async throws {
        let emulator = try await Emulator.shared()
        let network = try await emulator.createNetwork()
        let client = StackFixtures.client(for: emulator)
        let body = Self.body(description: "0100", vpcId: network.vpcId)
        let stack = try await StackFixtures.deploy(client: client, name: "drift-leading-zero", templateBody: body)
        let template = try TemplateReader.read(Array(body.utf8), file: "web.json", format: .json)
        let clean = try await DriftTestSupport.drift(stack, template: template)
        #expect(clean.status == .inSync, "\(DriftTestSupport.render(clean))")

        // Out of band, as a console edit of the rule's description would.
        let group = try #require(stack.physicalId("Web"))
        try await client.ec2.revokeSecurityGroupIngress(groupId: group, permissions: [Self.rule("0100")])
        try await client.ec2.authorizeSecurityGroupIngress(groupId: group, permissions: [Self.rule("100")])
        let live = try await client.ec2.describeSecurityGroups(groupIds: [group])
        #expect(live.first?.ingress.flatMap(\.rules).map(\.description) == ["100"])

        let report = try await DriftTestSupport.drift(stack, template: template)
        #expect(report.status == .drifted, "\(DriftTestSupport.render(report))")
        #expect(report.findings.map(\.path) == [Self.pointer])
        #expect(report.findings.map(\.logicalId) == ["Web"])
        #expect(report.findings.first?.kind == .propertyChanged)
        #expect(report.findings.first?.expected == .string("0100"))
        #expect(report.findings.first?.actual == .string("100"))

        // `stackcheck diff` of the deployed template and the one written with the live value agrees.
        let changed = Self.body(description: "100", vpcId: network.vpcId)
        let differences = TemplateDiffer.diff(
            template, try TemplateReader.read(Array(changed.utf8), file: "changed.json", format: .json))
        #expect(differences.map(\.path) == [Self.pointer])
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("leading-zero-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try body.write(to: folder.appendingPathComponent("deployed.json"), atomically: true, encoding: .utf8)
        try changed.write(to: folder.appendingPathComponent("changed.json"), atomically: true, encoding: .utf8)
        let cli = try await CLI.run(
            ["diff", "deployed.json", "changed.json", "--format", "json"], currentDirectory: folder)
        #expect(cli.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(cli.stdout.utf8)) as? [String: Any])
        let paths = (json["differences"] as? [[String: Any]])?.compactMap { $0["path"] as? String }
        #expect(paths == [Self.pointer], "\(cli.stdout)")
    }
}
