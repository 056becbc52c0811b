import Findings
import Template

/// The human report: one block per section and logical ID, one line per difference with the old
/// and new values side by side, each followed by where it was read.
///
/// ```
/// a.yaml and b.json differ under profile cfn: 2 differences (1 added, 1 changed)
///
/// Resources › Svc (AWS::ECS::Service)
///   ~ Properties/DesiredCount: 2 (a.yaml:12:21) → 3 (b.json:20:27)
///   + Properties/Tags: [{"Key":"team","Value":"batch"}] (b.json:22:7)
/// ```
public struct TextDiffRenderer: Sendable {
    /// ANSI colour: red removed, green added, yellow changed; marks dimmed.
    public var style: TextStyle

    public init(style: TextStyle = .plain) { self.style = style }

    public init(color: Bool) { self.init(style: TextStyle(enabled: color)) }

    public func render(_ report: DiffReport) -> String {
        guard !report.equivalent else {
            return "\(report.leftName) and \(report.rightName) are equivalent under profile \(report.profile)\n"
        }
        var out = "\(report.leftName) and \(report.rightName) differ under profile \(report.profile): "
        out += report.countText + "\n"
        for group in report.groups {
            out += "\n" + style.bold(group.title) + "\n"
            for (label, difference) in group.entries {
                out += "  " + line(label, difference) + "\n"
            }
        }
        return out
    }

    private func line(_ label: String, _ difference: Difference) -> String {
        switch difference.kind {
        case .added:
            return style.green("+ \(label): ") + style.green(ValueText.oneLine(difference.right))
                + mark(difference.right)
        case .removed:
            return style.red("- \(label): ") + style.red(ValueText.oneLine(difference.left))
                + mark(difference.left)
        case .changed:
            return style.yellow("~ \(label): ") + style.red(ValueText.oneLine(difference.left))
                + mark(difference.left) + " → " + style.green(ValueText.oneLine(difference.right))
                + mark(difference.right)
        }
    }

    private func mark(_ node: Node?) -> String {
        guard let mark = node?.mark else { return "" }
        return " " + style.dim("(\(mark))")
    }
}
