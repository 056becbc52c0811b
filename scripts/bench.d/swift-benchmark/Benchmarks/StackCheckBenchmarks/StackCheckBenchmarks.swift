import AWS
import Benchmark
import Foundation
import Live
import Template
import TemplateDiff

/// The in-process halves of `scripts/bench`: reading and writing templates, diffing them, the drift
/// comparison of the reference stack, SigV4 signing and reading a query-protocol answer. Instructions and
/// allocations are steady on a shared machine, so their thresholds are tight and they are what fails a
/// run; wall clock and CPU time move with the machine's load and only catch gross regressions.
/// Names without spaces: benchmark 1.38.1 writes thresholds with spaces turned to `_` but reads them back
/// by the name as it is, so a name with spaces never finds its thresholds.
let benchmarks: @Sendable () -> Void = {
    let tight = BenchmarkThresholds(relative: [.p50: 5.0, .p90: 10.0])
    let loose = BenchmarkThresholds(relative: [.p50: 100.0, .p90: 150.0])
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .instructions, .peakMemoryResident],
        timeUnits: .microseconds, warmupIterations: 3, maxDuration: .seconds(2), maxIterations: 200,
        thresholds: [
            .mallocCountTotal: tight, .instructions: tight, .wallClock: loose, .cpuTotal: loose,
            .peakMemoryResident: BenchmarkThresholds(relative: [.p50: 20.0, .p90: 25.0]),
        ])

    let corpus = BenchmarkData.templates()
    let golden = BenchmarkData.file("Golden/template.yaml")
    let goldenJSON = BenchmarkData.file("Golden/template.json")
    let goldenTree = try! TemplateReader.read(golden, file: "template.yaml", format: .yaml)
    let goldenJSONTree = try! TemplateReader.read(goldenJSON, file: "template.json", format: .json)
    let changedTree = BenchmarkData.changed(goldenTree)
    let drift = DriftComparisonData(template: goldenTree)
    let answer = BenchmarkData.describeStackResourcesAnswer(members: 200)
    let signer = SigV4Signer(service: "cloudformation", region: "us-east-2", clock: { Date(timeIntervalSince1970: 1.8e9) })
    let credentials = Credentials(accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")
    let request = HTTPRequest(
        method: "POST", url: URL(string: "https://cloudformation.us-east-2.amazonaws.com/")!,
        headers: [(name: "Content-Type", value: "application/x-www-form-urlencoded; charset=utf-8")],
        body: Array("Action=DescribeStackResources&StackName=bench-drift&Version=2010-05-15".utf8))

    Benchmark("YAML-read-golden") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try TemplateReader.read(golden, file: "template.yaml", format: .yaml))
        }
    }
    Benchmark("JSON-read-golden") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try TemplateReader.read(goldenJSON, file: "template.json", format: .json))
        }
    }
    Benchmark("YAML-write-golden") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(TemplateWriter.yaml(goldenTree)) }
    }
    Benchmark("JSON-write-golden") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(TemplateWriter.json(goldenTree)) }
    }
    Benchmark("diff-golden-YAML-vs-JSON") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(TemplateDiffer.diff(goldenTree, goldenJSONTree)) }
    }
    Benchmark("diff-golden-vs-changed-copy") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(TemplateDiffer.diff(goldenTree, changedTree)) }
    }
    Benchmark("drift-comparison-reference-stack") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(drift.compareAll()) }
    }
    Benchmark("SigV4-sign-one-request") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(signer.sign(request, credentials: credentials)) }
    }
    Benchmark("XML-read-200-members") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try XMLTreeParser.parse(answer)) }
    }
    Benchmark("roundtrip-shared-templates", configuration: .init(maxIterations: 20)) { benchmark in
        for (file, bytes) in corpus {
            guard let document = try? TemplateReader.document(bytes, file: file, format: TemplateFormat(path: file))
            else { continue }
            blackHole(RoundtripCheck.check(document.root, file: file))
        }
    }
}
