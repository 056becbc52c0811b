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
    public var color: Bool

    public init(color: Bool = false) { self.color = color }

    public func render(_ report: DiffReport) -> String {
        guard !report.equivalent else {
            return "\(report.leftName) and \(report.rightName) are equivalent under profile \(report.profile)\n"
        }
        var out = "\(report.leftName) and \(report.rightName) differ under profile \(report.profile): "
        out += report.countText + "\n"
        for group in report.groups {
            out += "\n" + paint(group.title, "1") + "\n"
            for (label, difference) in group.entries {
                out += "  " + line(label, difference) + "\n"
            }
        }
        return out
    }

    private func line(_ label: String, _ difference: Difference) -> String {
        switch difference.kind {
        case .added:
            return paint("+ \(label): ", "32") + paint(DiffReport.valueText(difference.right), "32")
                + mark(difference.right)
        case .removed:
            return paint("- \(label): ", "31") + paint(DiffReport.valueText(difference.left), "31")
                + mark(difference.left)
        case .changed:
            return paint("~ \(label): ", "33") + paint(DiffReport.valueText(difference.left), "31")
                + mark(difference.left) + " → " + paint(DiffReport.valueText(difference.right), "32")
                + mark(difference.right)
        }
    }

    private func mark(_ node: Node?) -> String {
        guard let mark = node?.mark else { return "" }
        return " " + paint("(\(mark))", "2")
    }

    private func paint(_ text: String, _ code: String) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
