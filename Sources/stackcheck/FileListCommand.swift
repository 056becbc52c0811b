import ArgumentParser

/// A command whose positional arguments are a list of files that can run to thousands
/// (`stackcheck roundtrip $(git ls-files '*.yaml' '*.json')`).
///
/// argument-parser stores each value of a repeated argument by copying the list so far (and the set of
/// argument positions it came from) before appending: quadratic in the count. Roundtrip of 3,000 files spent
/// 56% of its run there (perf); of 116 files, 5.7 million instructions of 422 (callgrind). `parse` hands
/// argument-parser the options with their values and only the first file, then sets the whole list.
protocol FileListCommand: ParsableCommand {
    /// Every option of the command that takes a value (`--format`), spelled as the command line spells it;
    /// `FileListParseTests` holds this to argument-parser's own description of the command.
    static var valueOptions: Set<String> { get }
    var fileList: [String] { get set }
}

extension FileListCommand {
    /// The command parsed from `arguments` (those after its name), the same value argument-parser's own parse
    /// gives; nil for anything it cannot be sure of (`--`, an option it does not know, help, a usage error),
    /// which then goes to argument-parser's whole parse for its answer or its error text.
    static func parse(fileList arguments: [String]) -> Self? {
        var options: [String] = []
        var files: [String] = []
        var i = 0
        while i < arguments.count {
            let argument = arguments[i]
            if argument == "--" { return nil }
            if argument.utf8.first == UInt8(ascii: "-"), argument.utf8.count > 1 {
                options.append(argument)
                if valueOptions.contains(argument), i + 1 < arguments.count {
                    i += 1
                    options.append(arguments[i])
                }
            } else {
                files.append(argument)
            }
            i += 1
        }
        guard var command = (try? parseAsRoot(options + files.prefix(1))) as? Self else { return nil }
        command.fileList = files
        // argument-parser validated the command with the first file only.
        guard (try? command.validate()) != nil else { return nil }
        return command
    }
}
