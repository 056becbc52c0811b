import Foundation
import StackCheckTestSupport
import Template
import TemplateDiff
import Testing

/// Converting a template to the other format, by our own `convert` or by cfn-flip, keeps its meaning.
@Suite(.enabled(if: TestData.root != nil, Comment(rawValue: TestData.missingMessage)))
struct ConversionTests {
    static func otherFormat(_ url: URL) -> String { url.pathExtension == "json" ? "yaml" : "json" }

    /// A scratch file per test, removed with its folder afterwards.
    static func withScratch<T>(_ body: (URL) async throws -> T) async throws -> T {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stackcheck-diff-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        return try await body(folder)
    }

    @Test func stackcheckConvertKeepsMeaning() async throws {
        try await Self.withScratch { folder in
            for (index, source) in TestData.templates().enumerated() {
                let format = Self.otherFormat(source)
                let result = try await CLI.run(["convert", source.path, "--to", format])
                // One failure is enough to show `convert` is broken; 116 identical ones are noise.
                try #require(result.status == 0, "stackcheck convert \(source.path): \(result.stderr)")
                let converted = folder.appendingPathComponent("\(index).\(format)")
                try Data(result.stdout.utf8).write(to: converted)
                let found = TemplateDiffer.diff(
                    try TemplateReader.read(path: source.path), try TemplateReader.read(path: converted.path))
                #expect(TwinPairs.summary(found) == [], "\(source.path)")
            }
        }
    }

    /// cfn-flip 1.3 fails outright on some templates (a TypeError on null values); those are skipped
    /// one by one. On one it silently drops intrinsics, which the diff must catch.
    @Test(.enabled("cfn-flip is not installed: run scripts/setup") { await Python.canImport("cfn_flip") })
    func cfnFlipKeepsMeaningExceptWhereItLosesIntrinsics() async throws {
        let lossy = [
            "CloudFormation/fn-foreach-s3-outputs.yaml": [
                "changed /Outputs/Fn::ForEach::BucketOutputs/2/Fn::ForEach::GetAttLoop/2/"
                    + "S3Bucket${Identifier}${Property}/Value/Fn::GetAtt/0",
                "changed /Outputs/Fn::ForEach::BucketOutputs/2/Fn::ForEach::GetAttLoop/2/"
                    + "S3Bucket${Identifier}${Property}/Value/Fn::GetAtt/1",
            ]
        ]
        var flipped = 0
        try await Self.withScratch { folder in
            let jobs = TestData.templates().enumerated().map { index, source in
                (source, folder.appendingPathComponent("\(index).\(Self.otherFormat(source))"))
            }
            for (source, converted) in try await CfnFlip.convert(jobs) {
                flipped += 1
                let found = TemplateDiffer.diff(
                    try TemplateReader.read(path: source.path), try TemplateReader.read(path: converted.path))
                let name = String(source.path.dropFirst(TwinPairs.base!.path.count + 1))
                #expect(TwinPairs.summary(found) == lossy[name] ?? [], "\(name)")
            }
        }
        #expect(flipped > 100)
    }
}

/// cfn-flip's own library, driven by one Python process for all files (one process per file takes
/// half a minute on a small machine).
enum CfnFlip {
    /// Converts each source to its target; returns the pairs cfn-flip managed to convert.
    static func convert(_ jobs: [(URL, URL)]) async throws -> [(URL, URL)] {
        let script = """
            import sys, cfn_flip
            for line in sys.stdin:
                source, target = line.rstrip("\\n").split("\\t")
                try:
                    with open(source) as f: text = cfn_flip.flip(f.read())
                    with open(target, "w") as f: f.write(text)
                except Exception:
                    pass
            """
        let input = jobs.map { "\($0.0.path)\t\($0.1.path)\n" }.joined()
        #expect(try await Python.run(["-c", script], stdin: Data(input.utf8)).status == 0)
        return jobs.filter { FileManager.default.fileExists(atPath: $0.1.path) }
    }
}
