import ArgumentParser
import BatchStack
import Template

/// `stackcheck generate`: the reference template, from the typed Swift in Sources/BatchStack.
struct Generate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate", _superCommandName: StackCheck.name,
        abstract: "Print the reference ECS batch-processing template, generated from its typed Swift.",
        discussion: "The same text `golden record` writes to Golden/. Exit 0.")

    @Option(help: "Output format: json or yaml.")
    var format: GeneratedFormat = .json

    @Option(help: "Which stack: reference (the batch-processing stack) or harness (stackcheck's own scheduled drift).")
    var stack: GeneratedStack = .reference

    func run() async throws {
        print(TemplateWriter.write(stack.node, as: format.templateFormat), terminator: "")
    }
}

enum GeneratedFormat: String, ExpressibleByArgument, CaseIterable {
    case json, yaml

    var templateFormat: TemplateFormat { self == .json ? .json : .yaml }
}
