import Foundation

/// GitHub-flavoured Markdown tables, with cell text escaped so a `|` or a newline in a value never
/// breaks the table.
public struct MarkdownTable: Sendable {
    public var header: [String]
    public var rows: [[String]]

    public init(header: [String], rows: [[String]] = []) {
        self.header = header
        self.rows = rows
    }

    public mutating func append(_ row: [String]) { rows.append(row) }

    /// The table with a trailing newline; short rows are padded with empty cells.
    public var rendered: String {
        var out = line(header)
        out += "|" + header.map { _ in " --- |" }.joined() + "\n"
        for row in rows { out += line(row + Array(repeating: "", count: max(0, header.count - row.count))) }
        return out
    }

    private func line(_ cells: [String]) -> String {
        "|" + cells.map { " \(Markdown.cell($0)) |" }.joined() + "\n"
    }
}

public enum Markdown {
    /// Text safe inside a table cell.
    public static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "|", with: "\\|")
            .replacingOccurrences(of: "\r\n", with: "<br>")
            .replacingOccurrences(of: "\n", with: "<br>")
    }

    /// Inline code that survives backticks in the text.
    public static func code(_ text: String) -> String {
        guard !text.isEmpty else { return "" }
        let fence = text.contains("`") ? "``" : "`"
        let pad = text.hasPrefix("`") || text.hasSuffix("`") ? " " : ""
        return fence + pad + text + pad + fence
    }
}
