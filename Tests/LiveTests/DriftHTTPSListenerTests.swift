import AWS
import Foundation
import StackCheckTestSupport
import Testing

/// An HTTPS listener's certificate and SSL policy are read and compared: in sync after a clean deploy, drift at
/// the property with both values after an out-of-band change. Through the binary, against the emulator.
@Suite struct DriftHTTPSListenerTests {
    /// An IAM server certificate (the emulator, like IAM, keeps what it is given); its ARN.
    @Test func certificateAndSSLPolicyAreCheckedAndTheirChangesReported() async throws {
        let emulator = try await Emulator.suite("operate")
        let network = try await emulator.createNetwork()
        let name = EmulatorStack.uniqueName("drift-https")
        let suffix = String(name.suffix(8))
        let client = emulator.client
        let certificate = try await client.iam.uploadServerCertificate(name: "web-\(suffix)")
        let rotated = try await client.iam.uploadServerCertificate(name: "web-rotated-\(suffix)")
        let template = try TemplateVariant.golden { template in
            let listener = ["Resources", "ALBListener", "Properties"]
            template[listener + ["Port"]] = 443
            template[listener + ["Protocol"]] = "HTTPS"
            template[listener + ["SslPolicy"]] = "ELBSecurityPolicy-TLS13-1-2-2021-06"
            template[listener + ["Certificates"]] = [["CertificateArn": certificate]]
        }
        defer { try? FileManager.default.removeItem(at: template) }
        try await EmulatorStack.deploy(template: template, as: name, network: network, in: emulator)
        let drift = ["drift", "--stack", name, "--template", template.path]

        let clean = try await CLI.run(drift, environment: emulator.cliEnvironment)
        #expect(clean.status == 0, "\(clean.stdout)\(clean.stderr)")
        #expect(clean.stdout.hasPrefix("stack \(name): IN_SYNC (0 findings; "), "\(clean.stdout)")
        #expect(clean.stdout.contains(" drifted, 0 not checked)\n"), "\(clean.stdout)")

        let resources = try await client.cloudFormation.describeStackResources(stackName: name)
        let listener = try #require(resources.first { $0.logicalId == "ALBListener" }?.physicalId)
        try await client.elbv2.modifyListener(
            arn: listener, sslPolicy: "ELBSecurityPolicy-2016-08", certificate: rotated)

        let drifted = try await CLI.run(drift, environment: emulator.cliEnvironment)
        #expect(drifted.status == 1, "\(drifted.stdout)\(drifted.stderr)")
        let out = drifted.stdout
        let header = "DRIFT ALBListener (AWS::ElasticLoadBalancingV2::Listener) propertyChanged /Resources/ALBListener"
        #expect(
            out.contains(
                "\(header)/Properties/SslPolicy\n    expected: \"ELBSecurityPolicy-TLS13-1-2-2021-06\"\n"
                    + "    actual:   \"ELBSecurityPolicy-2016-08\"\n"), "\(out)")
        #expect(
            out.contains(
                "\(header)/Properties/Certificates/0/CertificateArn\n    expected: \"\(certificate)\"\n"
                    + "    actual:   \"\(rotated)\"\n"), "\(out)")
        #expect(out.components(separatedBy: "\nDRIFT ").count - 1 == 2, "\(out)")
    }
}
