import AWS
import Foundation
import Testing

@testable import Live

/// `deploy`'s parameter inputs: `--parameter K=V` flags and the aws-cli parameters file.
@Suite struct DeployParametersTests {
    func write(_ text: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("params-\(UUID().uuidString).json")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test func flagsSplitAtTheFirstEqualsAndKeepListsWhole() throws {
        let parsed = try DeployParameters.parse(assignments: ["Subnets=subnet-a,subnet-b", "Query=a=b"])
        #expect(parsed == [.init(key: "Subnets", value: "subnet-a,subnet-b"), .init(key: "Query", value: "a=b")])
        #expect(try DeployParameters.parse(assignments: ["Empty="]) == [.init(key: "Empty", value: "")])
        #expect(throws: DeployError.self) { try DeployParameters.parse(assignments: ["=x"]) }
        do {
            _ = try DeployParameters.parse(assignments: ["A=1", "A=2"])
            Issue.record("a repeated key must be an error")
        } catch {
            #expect(error.description == "error: parameter A is given twice in --parameter; give it once")
        }
    }

    @Test func theAWSCLIFileFormatWithFlagsWinning() throws {
        let path = try write(
            """
            [
              {"ParameterKey": "Env", "ParameterValue": "prod"},
              {"ParameterKey": "Count", "ParameterValue": 2},
              {"ParameterKey": "Subnets", "ParameterValue": "subnet-a,subnet-b"}
            ]
            """)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let file = try DeployParameters.read(file: path)
        #expect(file.map(\.value) == ["prod", "2", "subnet-a,subnet-b"])
        let merged = DeployParameters.merge(file: file, flags: [.init(key: "Env", value: "dev")])
        #expect(merged.map { "\($0.key)=\($0.value)" } == ["Count=2", "Subnets=subnet-a,subnet-b", "Env=dev"])
    }

    @Test func fileErrorsPointAtTheLineAndColumn() throws {
        let broken = try write("[\n  {\"ParameterKey\": \"Env\", \"ParameterValue\": \"prod\"},\n  oops\n]\n")
        let notList = try write("{\"Env\": \"prod\"}\n")
        defer {
            try? FileManager.default.removeItem(atPath: broken)
            try? FileManager.default.removeItem(atPath: notList)
        }
        do {
            _ = try DeployParameters.read(file: broken)
            Issue.record("a syntax error must be reported")
        } catch {
            #expect(error.description.hasPrefix("\(broken):3:3: error: "))
        }
        do {
            _ = try DeployParameters.read(file: notList)
            Issue.record("an object at the top must be reported")
        } catch {
            #expect(
                error.description
                    == "\(notList):1:1: error: expected a list of {\"ParameterKey\": ..., \"ParameterValue\": ...} "
                    + "objects (the aws-cli parameters format)")
        }
    }
}
