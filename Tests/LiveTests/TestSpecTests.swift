import AWS
import Foundation
import Testing

@testable import Live

/// `stackcheck test`'s spec file: what it takes, how placeholders expand, and errors that name the spot.
@Suite struct TestSpecTests {
    /// A folder holding `template.json` and the spec; returns the spec's path.
    func write(_ spec: String, name: String = "spec.yml") throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("spec-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "{\"Resources\": {}}".write(
            to: folder.appendingPathComponent("template.json"), atomically: true, encoding: .utf8)
        let path = folder.appendingPathComponent(name)
        try spec.write(to: path, atomically: true, encoding: .utf8)
        return path.path
    }

    func error(_ spec: String) throws -> String {
        let path = try write(spec)
        do {
            _ = try TestSpec.load(path: path)
            return "loaded"
        } catch {
            return error.description.replacingOccurrences(of: path, with: "spec.yml")
        }
    }

    @Test func readsTheIssuesExampleAndExpandsPlaceholdersPerRegion() throws {
        let path = try write(
            """
            template: template.json
            stackNamePrefix: sc-test
            regions: [us-east-2, us-west-2]
            capabilities: [CAPABILITY_NAMED_IAM]
            parameters: {EnvironmentSuffix: "t${stackcheck:random}", S3BucketName: "data-${stackcheck:region}", Count: 2}
            regionParameters:
              us-east-2: {VpcId: vpc-1, PrivateSubnetIds: "subnet-a,subnet-b", PublicSubnetIds: [subnet-c, subnet-d]}
            smokeTimeout: 10m
            """)
        let spec = try TestSpec.load(path: path)
        #expect(
            spec.template
                == URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("template.json").path)
        #expect(spec.regions == ["us-east-2", "us-west-2"])
        #expect(spec.smokeTimeout == .seconds(600))
        #expect(spec.stackName(token: "k3x9qa0b") == "sc-test-k3x9qa0b")
        #expect(
            try spec.parameters(region: "us-east-2", token: "k3x9qa0b") == [
                .init(key: "EnvironmentSuffix", value: "tk3x9qa0b"),
                .init(key: "S3BucketName", value: "data-us-east-2"),
                .init(key: "Count", value: "2"), .init(key: "VpcId", value: "vpc-1"),
                .init(key: "PrivateSubnetIds", value: "subnet-a,subnet-b"),
                .init(key: "PublicSubnetIds", value: "subnet-c,subnet-d"),
            ])
        #expect(try spec.parameters(region: "us-west-2", token: "z").map(\.value) == ["tz", "data-us-west-2", "2"])
    }

    @Test func randomTokensAreLowercaseAndStartWithALetter() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let token = TestSpec.randomToken(using: &generator)
            #expect(token.count == 8)
            #expect(token.first!.isLetter)
            #expect(token.allSatisfy { ($0.isLetter && $0.isLowercase) || $0.isNumber })
        }
    }

    @Test func errorsNameTheFileLineAndColumn() throws {
        let base = "template: template.json\nstackNamePrefix: sc\nregions: [us-east-2]\n"
        #expect(
            try error(base + "smokeTimout: 10m\n")
                == "spec.yml:4:1: error: unknown key 'smokeTimout'; the spec takes template, stackNamePrefix, regions, "
                + "capabilities, parameters, regionParameters, smokeTimeout, deployTimeout, driftTimeout, deleteTimeout"
        )
        #expect(
            try error(base + "parameters: {A: \"${stackcheck:randum}\"}\n")
                == "spec.yml:4:17: error: unknown placeholder ${stackcheck:randum}; use ${stackcheck:random} or "
                + "${stackcheck:region}")
        #expect(
            try error(base + "smokeTimeout: soon\n")
                == "spec.yml:4:15: error: smokeTimeout must be a duration such as 90s, 10m or 1h, not 'soon'")
        #expect(
            try error(base + "regionParameters: {eu-west-1: {A: b}}\n")
                == "spec.yml:4:20: error: regionParameters names eu-west-1, which is not in regions")
        #expect(
            try error("template: missing.json\nstackNamePrefix: sc\nregions: [us-east-2]\n").hasPrefix(
                "spec.yml:1:11: error: template "))
        #expect(
            try error("template: template.json\nstackNamePrefix: 1sc\nregions: [us-east-2]\n")
                == "spec.yml:2:18: error: stackNamePrefix '1sc' must start with a letter and hold only letters, digits "
                + "and hyphens (at most 100)")
        #expect(
            try error("template: template.json\nregions: [us-east-2]\n")
                == "spec.yml:1:1: error: the spec needs 'stackNamePrefix'")
        #expect(try error("template: template.json\nstackNamePrefix: sc\nregions: [us-east-2\n").hasPrefix("spec.yml:"))
    }
}
