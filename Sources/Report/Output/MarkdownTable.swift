import FoundationEssentials
import TextBasics

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

/// The one Markdown escaper: every renderer that writes GitHub-flavoured Markdown goes through it.
public enum Markdown {
    /// Text safe inside a table cell (code spans included: GFM splits cells before it reads them, so
    /// their pipes need escaping too): no cell break, line breaks kept as `<br>`.
    public static func cell(_ text: String) -> String {
        text.replacingText("\\", with: "\\\\")
            .replacingText("|", with: "\\|")
            .replacingText("\r\n", with: "<br>")
            .replacingText("\n", with: "<br>")
    }

    /// Inline code that survives backticks in the text; a line break, which would end a table row or a
    /// heading, becomes a space. In a table, the cell escapes it (`MarkdownTable` does).
    public static func code(_ text: String) -> String {
        guard !text.isEmpty else { return "" }
        let body = text.replacingText("\r\n", with: " ").replacingText("\n", with: " ")
        let fence = body.contains("`") ? "``" : "`"
        let pad = body.hasPrefix("`") || body.hasSuffix("`") ? " " : ""
        return fence + pad + body + pad + fence
    }
}
