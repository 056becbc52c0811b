import AWS
import Findings
import FoundationEssentials
import Report
import Template
import TextBasics

/// Stack parameters as `deploy` takes them: `--parameter K=V` (a list parameter as `K=a,b,c`) and the
/// aws-cli parameters file (`[{"ParameterKey": "K", "ParameterValue": "V"}, ...]`). Flags win over the file.
public enum DeployParameters {
    /// `K=V` flags, split at the first `=`, so values may contain `=` and commas.
    public static func parse(assignments: [String], flag: String = "--parameter") throws(DeployError)
        -> [CloudFormation.Parameter]
    {
        var parameters: [CloudFormation.Parameter] = []
        for assignment in assignments {
            guard let equals = assignment.firstIndex(of: "="), equals != assignment.startIndex else {
                throw DeployError(
                    Diagnostic(
                        message: flag == "--parameter"
                            ? "--parameter '\(assignment)' is not KEY=VALUE; write a list parameter as KEY=a,b,c"
                            : "\(flag) '\(assignment)' is not KEY=VALUE"))
            }
            parameters.append(
                CloudFormation.Parameter(
                    key: String(assignment[..<equals]), value: String(assignment[assignment.index(after: equals)...])))
        }
        return try unique(parameters, source: flag)
    }

    /// Reads an aws-cli parameters file. Errors point at the file, line and column.
    public static func read(file path: String) throws(DeployError) -> [CloudFormation.Parameter] {
        let bytes: [UInt8]
        do {
            bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw DeployError(
                Diagnostic(
                    mark: .file(path), message: "cannot read the parameters file: \(FileErrorText.describe(error))"))
        }
        // The template reader wants a mapping at the top; the aws-cli format is a list. Wrapping the
        // bytes on the same first line keeps every line number, and shifts only line-1 columns.
        let prefix = Array("{\"Parameters\":".utf8)
        let root: Node
        do {
            root = try TemplateReader.read(prefix + bytes + Array("}".utf8), file: path, format: .json)
        } catch let error as TemplateError {
            var diagnostic = error.diagnostic
            if let mark = unshift(error.mark, by: prefix.count) { diagnostic.mark = .source(mark) }
            throw DeployError(diagnostic)
        } catch {
            throw DeployError(Diagnostic(mark: .file(path), message: "\(error)"))
        }
        guard let list = root["Parameters"]?.listValue else {
            throw DeployError(
                at(root["Parameters"], path, prefix.count),
                "expected a list of {\"ParameterKey\": ..., \"ParameterValue\": ...} objects (the aws-cli "
                    + "parameters format)")
        }
        var parameters: [CloudFormation.Parameter] = []
        for item in list {
            guard let key = item["ParameterKey"]?.stringValue, let value = scalarText(item["ParameterValue"]) else {
                throw DeployError(
                    at(item, path, prefix.count),
                    "each entry needs a string ParameterKey and a ParameterValue (a list parameter as one "
                        + "comma-separated string)")
            }
            parameters.append(CloudFormation.Parameter(key: key, value: value))
        }
        return try unique(parameters, source: path)
    }

    /// The file's parameters with the flags' values put over them (flags last, so they win).
    public static func merge(file: [CloudFormation.Parameter], flags: [CloudFormation.Parameter])
        -> [CloudFormation.Parameter]
    {
        let overridden = Set(flags.map(\.key))
        return file.filter { !overridden.contains($0.key) } + flags
    }

    private static func scalarText(_ node: Node?) -> String? {
        switch node?.value {
        case .string(let text), .number(let text): text
        case .bool(let flag): flag ? "true" : "false"
        default: nil
        }
    }

    private static func unique(_ parameters: [CloudFormation.Parameter], source: String) throws(DeployError)
        -> [CloudFormation.Parameter]
    {
        var seen = Set<String>()
        for parameter in parameters where !seen.insert(parameter.key).inserted {
            throw DeployError(.none, "parameter \(parameter.key) is given twice in \(source); give it once")
        }
        return parameters
    }

    private static func unshift(_ mark: SourceMark?, by columns: Int) -> SourceMark? {
        guard var mark else { return nil }
        if mark.line == 1 { mark.column = max(1, mark.column - columns) }
        return mark
    }

    /// The node's place in the file as the user wrote it (line-1 columns unshifted), else the file.
    private static func at(_ node: Node?, _ path: String, _ columns: Int) -> Diagnostic.Mark {
        unshift(node?.mark, by: columns).map(Diagnostic.Mark.source) ?? .file(path)
    }
}

/// A deploy that could not start or could not be decided: one line, exit 2.
public struct DeployError: Error, CustomStringConvertible, Sendable, DiagnosticConvertible {
    public var diagnostic: Diagnostic

    public init(_ diagnostic: Diagnostic) { self.diagnostic = diagnostic }

    init(_ mark: Diagnostic.Mark, _ message: String) { diagnostic = Diagnostic(mark: mark, message: message) }

    /// The first line, as the command prints it.
    public var description: String { DiagnosticText.line(diagnostic) }
}
