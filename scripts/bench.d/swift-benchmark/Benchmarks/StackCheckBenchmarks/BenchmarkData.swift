import Foundation
import Template

/// Inputs read once, outside the measured closures: the golden templates, the shared test templates
/// (../shared/testdata, read in place, or $STACKCHECK_TESTDATA), and a generated XML answer.
enum BenchmarkData {
    /// The stackcheck checkout: three folders above this package (scripts/bench.d/swift-benchmark).
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../../..").standardizedFileURL

    static func file(_ relative: String) -> [UInt8] {
        let path = root.appendingPathComponent(relative).path
        guard let data = FileManager.default.contents(atPath: path) else { fatalError("benchmark: cannot read \(path)") }
        return [UInt8](data)
    }

    static func templates() -> [(String, [UInt8])] {
        let data = ProcessInfo.processInfo.environment["STACKCHECK_TESTDATA"]
            ?? root.appendingPathComponent("../shared/testdata").standardizedFileURL.path
        let folder = URL(fileURLWithPath: data).appendingPathComponent("aws-cloudformation-templates")
        guard let walker = FileManager.default.enumerator(atPath: folder.path) else {
            fatalError("benchmark: no test data at \(folder.path)")
        }
        var files: [(String, [UInt8])] = []
        for case let name as String in walker where [".json", ".yaml", ".yml"].contains(where: name.hasSuffix) {
            let path = folder.appendingPathComponent(name).path
            if let bytes = FileManager.default.contents(atPath: path) { files.append((path, [UInt8](bytes))) }
        }
        return files.sorted { $0.0 < $1.0 }
    }

    /// The template with every fifth string changed and every ninth mapping entry dropped: scattered
    /// differences, as an edited template has them.
    static func changed(_ node: Node) -> Node {
        var counter = 0
        func walk(_ node: Node) -> Node {
            counter += 1
            switch node.value {
            case .string(let text) where counter % 5 == 0: return .string(text + "-changed")
            case .list(let items): return .list(items.map(walk))
            case .mapping(let mapping):
                var out = Mapping()
                for entry in mapping.entries {
                    counter += 1
                    if counter % 9 == 0 { continue }
                    out.entries.append(.init(key: entry.key, value: walk(entry.value)))
                }
                return .mapping(out)
            default: return node
            }
        }
        return walk(node)
    }

    /// A DescribeStackResources answer as CloudFormation indents it, with `members` resources.
    static func describeStackResourcesAnswer(members: Int) -> [UInt8] {
        var xml = """
            <DescribeStackResourcesResponse xmlns="http://cloudformation.amazonaws.com/doc/2010-05-15/">
              <DescribeStackResourcesResult>
                <StackResources>

            """
        for index in 0..<members {
            xml += """
                      <member>
                        <StackId>arn:aws:cloudformation:us-east-2:123456789012:stack/bench/abc</StackId>
                        <StackName>bench</StackName>
                        <LogicalResourceId>Resource\(index)</LogicalResourceId>
                        <PhysicalResourceId>bench-resource-\(index)-abcdefgh</PhysicalResourceId>
                        <ResourceType>AWS::Logs::LogGroup</ResourceType>
                        <Timestamp>2026-01-01T00:00:00.000Z</Timestamp>
                        <ResourceStatus>CREATE_COMPLETE</ResourceStatus>
                        <Description>a &amp; b &lt;c&gt;</Description>
                      </member>

                """
        }
        xml += """
                </StackResources>
              </DescribeStackResourcesResult>
              <ResponseMetadata><RequestId>bench-request</RequestId></ResponseMetadata>
            </DescribeStackResourcesResponse>
            """
        return Array(xml.utf8)
    }
}
