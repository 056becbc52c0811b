import ArgumentParser
import BatchStack
import FoundationEssentials
import Golden
import Template
import TemplateDiff

/// `stackcheck golden verify|record`: is Golden/ what the Swift generates, and re-record it when it should be.
struct GoldenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "golden",
        abstract: "Compare Golden/ (template.*, harness.*) with the generated templates, or re-record them.",
        subcommands: [Verify.self, Record.self])

    struct Options: ParsableArguments {
        @Option(
            name: .customLong("golden-dir"), help: "The directory holding template.json/.yaml and harness.json/.yaml.")
        var goldenDirectory = "Golden"

        /// Every golden with the value it must hold: `template.*` the reference stack, `harness.*` the harness's.
        var files: [(file: GoldenFile, value: Node)] {
            GeneratedStack.allCases.flatMap { stack in
                let value = stack.node
                return TemplateFormat.allCases.map { format in
                    // Joined as the user spelled the directory, so messages say `Golden/template.json`.
                    let name = "\(stack.goldenStem).\(format.rawValue)"
                    let path = Self.joined(goldenDirectory, name)
                    return (GoldenFile(path: path, format: format), value)
                }
            }
        }

        /// `directory/name` as NSString's `appendingPathComponent` joined them: no doubled slash.
        static func joined(_ directory: String, _ name: String) -> String {
            guard !directory.isEmpty else { return name }
            var trimmed = Substring(directory)
            while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
            return trimmed == "/" ? "/" + name : trimmed + "/" + name
        }
    }

    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "verify",
            abstract: "Compare the goldens with the generated template, structurally and exactly (profile strict).",
            discussion: "Exit 0 when both match, 1 when either differs or is missing, 2 when one cannot be read.")

        @OptionGroup var options: Options

        func run() async throws {
            var differs = false
            var unreadable = false
            for (file, value) in options.files {
                guard let bytes = file.existingBytes() else {
                    print("\(file.path): missing; record it with `stackcheck golden record`")
                    differs = true
                    continue
                }
                let golden: Node
                do {
                    golden = try TemplateReader.read(bytes, file: file.path, format: file.format)
                } catch {
                    Console.diagnostic(CLIFailure.from(error).diagnostic)
                    unreadable = true
                    continue
                }
                let differences = TemplateDiffer.diff(golden, value, profile: .strict)
                if differences.isEmpty {
                    let layout = bytes.elementsEqual(file.render(value).utf8) ? "" : " (same values, different layout)"
                    print("\(file.path): matches\(layout)")
                } else {
                    print(GoldenMessage.differences(differences, file: file, profile: "strict"))
                    differs = true
                }
            }
            if unreadable { throw ExitCode.undecided }
            if differs { throw ExitCode.findings }
        }
    }

    struct Record: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "record",
            abstract: "Write the generated template to the goldens; files already right are not touched.",
            discussion:
                "Writes are atomic. Refused (exit 2) when CI is set: goldens are recorded and committed by people.")

        @OptionGroup var options: Options

        func run() async throws {
            for (file, value) in options.files {
                do {
                    let change = try GoldenRecorder.record(value, into: file)
                    print("\(file.path): \(GoldenMessage.describe(change))")
                } catch {
                    throw CLIFailure(error.diagnostic).report()
                }
            }
        }
    }
}
