// swift-tools-version:6.0
import PackageDescription

// Layers, lowest first (a lower layer never imports a higher one):
//   C shims, TextBasics (String operations FoundationEssentials lacks) -> Template -> Findings (domain:
//   findings, coverage, reports, diff differences, the JSON value)
//   Findings -> TemplateDiff (comparison) and Findings -> Report (presentation: every renderer)
//   TemplateDiff + Report -> Golden; Template -> BatchStack; Template -> AWS (JSON answers: one JSON reader)
//   AWS + TemplateDiff + Report -> Live (talks to AWS, builds findings) -> stackcheck (the command line)
let package = Package(
    name: "StackCheck",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "stackcheck", targets: ["stackcheck"]),
        .library(name: "Template", targets: ["Template"]),
        .library(name: "Findings", targets: ["Findings"]),
        .library(name: "TemplateDiff", targets: ["TemplateDiff"]),
        .library(name: "Golden", targets: ["Golden"]),
        .library(name: "AWS", targets: ["AWS"]),
        .library(name: "Live", targets: ["Live"]),
        .plugin(name: "UpdateGoldens", targets: ["UpdateGoldens"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // Tests only: property-based round trips of the template readers and writers.
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        // Test support only: child processes (the CLI, aws-cli, python) without hand-written Process code.
        .package(url: "https://github.com/swiftlang/swift-subprocess", from: "1.0.2"),
        .package(url: "https://github.com/apple/swift-system", from: "1.4.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CYAML", pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]),
        .systemLibrary(
            name: "CCurl", pkgConfig: "libcurl",
            providers: [.apt(["libcurl4-openssl-dev"]), .brew(["curl"])]),
        .systemLibrary(
            name: "CCrypto", pkgConfig: "libcrypto",
            providers: [.apt(["libssl-dev"]), .brew(["openssl@3"])]),
        // glibc's malloc.h (mallopt), part of libc itself: no package, nothing to link.
        .systemLibrary(name: "CMalloc"),
        // libcurl and libcrypto loaded on first use (dlopen), with CCurl's and CCrypto's headers: start-up
        // pays for neither (README, "Benchmarks"). Swift calls its wrappers, never the libraries directly.
        .target(name: "CurlLoader", dependencies: ["CCurl", "CCrypto"]),

        // String operations full Foundation had and FoundationEssentials lacks: the shipped targets import
        // FoundationEssentials only, so the binary links neither Foundation, CoreFoundation nor ICU's data.
        .target(name: "TextBasics"),
        .target(name: "Template", dependencies: ["CYAML", "TextBasics"]),
        .target(name: "Findings", dependencies: ["Template"]),
        .target(name: "TemplateDiff", dependencies: ["Template", "Findings"]),
        .target(name: "Report", dependencies: ["TextBasics", "Template", "Findings"]),
        .target(name: "Golden", dependencies: ["Template", "Findings", "TemplateDiff", "Report"]),
        .target(name: "BatchStack", dependencies: ["Template"]),
        .target(name: "AWS", dependencies: ["CurlLoader", "TextBasics", "Template"]),
        .target(name: "Live", dependencies: ["AWS", "Template", "Findings", "TemplateDiff", "Report"]),
        .executableTarget(
            name: "stackcheck",
            dependencies: [
                "Template", "Findings", "TemplateDiff", "Golden", "BatchStack", "AWS", "Live", "Report", "CMalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // lld with --as-needed ahead of every library (scripts/link/lld-as-needed says why): the binary then
            // records no DT_NEEDED on libcurl or libcrypto, which CurlLoader loads on first use.
            linkerSettings: [
                .unsafeFlags(
                    ["-use-ld=\(Context.packageDirectory)/scripts/link/lld-as-needed"], .when(platforms: [.linux]))
            ]),

        // Test support: emulator launcher, loopback HTTP servers, CLI runner, test data lookup.
        .target(
            name: "StackCheckTestSupport",
            dependencies: [
                "Template", "AWS", "Golden", .product(name: "Subprocess", package: "swift-subprocess"),
                .product(name: "SystemPackage", package: "swift-system"),
            ],
            path: "Sources/StackCheckTestSupport"),

        .testTarget(
            name: "TemplateTests",
            dependencies: [
                "Template", "StackCheckTestSupport", "stackcheck",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]),
        .testTarget(
            name: "TemplateDiffTests",
            dependencies: ["TemplateDiff", "Template", "Findings", "Report", "StackCheckTestSupport", "stackcheck"]),
        .testTarget(
            name: "GoldenTests",
            dependencies: [
                "Golden", "BatchStack", "Template", "Findings", "TemplateDiff", "AWS", "StackCheckTestSupport",
                "stackcheck",
            ]
        ),
        .testTarget(name: "AWSTests", dependencies: ["AWS", "StackCheckTestSupport", "stackcheck"]),
        // The command line in process (parse, help, error text), as argument-parser's own tests do it.
        .testTarget(name: "StackCheckCLITests", dependencies: ["stackcheck", "Live", "StackCheckTestSupport"]),
        .testTarget(
            name: "LiveTests",
            dependencies: [
                "Live", "AWS", "Template", "TemplateDiff", "BatchStack", "Findings", "Report", "StackCheckTestSupport",
                "stackcheck",
            ]),

        .plugin(
            name: "UpdateGoldens",
            capability: .command(
                intent: .custom(verb: "update-goldens", description: "Re-record Golden/ from the typed Swift template"),
                permissions: [.writeToPackageDirectory(reason: "Re-records the golden templates in Golden/")]),
            dependencies: ["stackcheck"]),
    ],
    swiftLanguageModes: [.v6]
)
