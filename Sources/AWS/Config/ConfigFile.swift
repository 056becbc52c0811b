import FoundationEssentials
import TextBasics

/// One AWS shared config or credentials file (INI): `[section]` headers, `key = value` lines, full-line
/// `#`/`;` comments, and indented sub-keys under a key with an empty value (`s3 =` then `  key = v`),
/// stored as `parent.key`. Keys are lower-cased, as botocore's parser does.
public struct ConfigFile: Sendable, Equatable {
    /// Section name (as written between the brackets, trimmed) to its keys and values.
    public var sections: [String: [String: String]]
    /// Where it was read from, for error messages; nil for text parsed in memory.
    public var path: String?

    public init(sections: [String: [String: String]] = [:], path: String? = nil) {
        self.sections = sections
        self.path = path
    }

    /// Reads and parses a file; a file that does not exist is an empty one (the AWS CLI's behaviour).
    public static func load(path: String) throws -> ConfigFile {
        guard FileChecks.exists(path) else { return ConfigFile(path: path) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigError(.file(path), "cannot read the file, and check its permissions")
        }
        return try parse(String(decoding: data, as: UTF8.self), path: path)
    }

    /// Parses file text. Error messages name the line but never quote it: it may hold a secret.
    public static func parse(_ text: String, path: String? = nil) throws -> ConfigFile {
        var file = ConfigFile(path: path)
        var section: String?
        var parent: String?
        let name = path ?? "<config>"
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            let trimmed = line.trimmed(.whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") || trimmed.hasPrefix(";") { continue }
            let indented = line.first == " " || line.first == "\t"
            let here = ConfigError.Place.line(file: name, line: index + 1, column: 1)
            if trimmed.hasPrefix("[") {
                guard let close = trimmed.firstIndex(of: "]") else {
                    throw ConfigError(here, "section header without `]`, and close it")
                }
                section = trimmed[trimmed.index(after: trimmed.startIndex)..<close].trimmed(.whitespaces)
                parent = nil
                if file.sections[section!] == nil { file.sections[section!] = [:] }
                continue
            }
            guard let section else {
                throw ConfigError(here, "setting before any [section], and add a section header")
            }
            guard let equals = trimmed.firstIndex(where: { $0 == "=" || $0 == ":" }) else {
                throw ConfigError(here, "expected `key = value`, and fix or remove the line")
            }
            let key = trimmed[..<equals].trimmed(.whitespaces).lowercased()
            let value = trimmed[trimmed.index(after: equals)...].trimmed(.whitespaces)
            if indented, let parent {
                file.sections[section]![parent + "." + key] = value
            } else {
                file.sections[section]![key] = value
                parent = value.isEmpty ? key : nil
            }
        }
        return file
    }
}

/// A problem with the shared config or credentials files, or with configured values: where it is and
/// what is wrong (the message ends with what to do). Live turns the place into a diagnostic's mark.
public struct ConfigError: Error, CustomStringConvertible, Equatable {
    /// Where the value that is wrong came from.
    public enum Place: Equatable, Sendable {
        /// A flag, environment variable or profile setting: `--profile`, `AWS_MAX_ATTEMPTS`.
        case setting(String)
        /// A file as a whole.
        case file(String)
        /// A line of a file (columns count from 1).
        case line(file: String, line: Int, column: Int)
        /// Nowhere in particular (a value that is missing everywhere).
        case none
    }

    public var place: Place
    public var message: String

    public init(_ place: Place, _ message: String) {
        self.place = place
        self.message = message
    }

    /// `place: error: message`, as a compiler prints it.
    public var description: String {
        switch place {
        case .setting(let name), .file(let name): "\(name): error: \(message)"
        case .line(let file, let line, let column): "\(file):\(line):\(column): error: \(message)"
        case .none: "error: \(message)"
        }
    }
}
