// swift-tools-version:6.1
// In-process benchmarks (ordo-one/benchmark) of the template readers and writers, template diff, the drift
// comparison, SigV4 signing, the XML reader and the round trip, with thresholds in Thresholds/ that fail on
// regression. ordo-one/benchmark 1.38.1 (the mirror's) needs tools 6.1 for traits; only MallocInterposer is
// enabled, since its default RuntimeInterposer trait would pull in swift-runtime-interposer, which the mirror
// lacks (on Swift 6.3 no jemalloc is needed: the malloc metrics come from the interposer). A package of its
// own, depending on stackcheck's by path, so that CI (`scripts/test`) never resolves or builds the benchmark
// tool: run through `scripts/bench inprocess`.
import Foundation
import PackageDescription

// A path dependency's identity is its folder's name, which differs between clones.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../..")
    .standardizedFileURL
let stackcheck = root.lastPathComponent

let package = Package(
    name: "StackCheckBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(path: root.path),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "StackCheckBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "Template", package: stackcheck),
                .product(name: "TemplateDiff", package: stackcheck),
                .product(name: "AWS", package: stackcheck),
                .product(name: "Live", package: stackcheck),
            ],
            path: "Benchmarks/StackCheckBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")])
    ],
    swiftLanguageModes: [.v6]
)
