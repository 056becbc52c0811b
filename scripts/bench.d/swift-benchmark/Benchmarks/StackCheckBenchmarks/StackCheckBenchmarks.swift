import AWS
import Benchmark
import Foundation
import Template

/// The in-process halves of `scripts/bench`: reading, writing and round-tripping templates, and reading
/// a query-protocol answer. Instructions and allocations are steady on a shared machine, so their
/// thresholds are tight; wall clock only catches gross regressions.
let benchmarks: @Sendable () -> Void = {
    let tolerance = BenchmarkThresholds(relative: [.p50: 10.0, .p90: 15.0])
    let loose = BenchmarkThresholds(relative: [.p50: 50.0, .p90: 75.0])
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .instructions, .peakMemoryResident],
        timeUnits: .microseconds, warmupIterations: 3, maxDuration: .seconds(2), maxIterations: 200,
        thresholds: [.mallocCountTotal: tolerance, .instructions: tolerance, .wallClock: loose, .cpuTotal: loose])

    let corpus = BenchmarkData.templates()
    let golden = BenchmarkData.file("Golden/template.yaml")
    let goldenJSON = BenchmarkData.file("Golden/template.json")
    let goldenTree = try! TemplateReader.read(golden, file: "template.yaml", format: .yaml)
    let answer = BenchmarkData.describeStackResourcesAnswer(members: 200)

    Benchmark("YAML read (golden template)") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try TemplateReader.read(golden, file: "template.yaml", format: .yaml))
        }
    }
    Benchmark("JSON read (golden template)") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try TemplateReader.read(goldenJSON, file: "template.json", format: .json))
        }
    }
    Benchmark("YAML write (golden template)") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(TemplateWriter.yaml(goldenTree)) }
    }
    Benchmark("JSON write (golden template)") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(TemplateWriter.json(goldenTree)) }
    }
    Benchmark("roundtrip (every shared test template)") { benchmark in
        for (file, bytes) in corpus {
            let document = try TemplateReader.document(bytes, file: file, format: TemplateFormat(path: file))
            blackHole(RoundtripCheck.check(document.root, file: file))
        }
    }
    Benchmark("XML read (DescribeStackResources, 200 members)") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try XMLTreeParser.parse(answer)) }
    }
}
