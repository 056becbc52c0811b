import Findings
import Template
import TemplateDiff

/// Writes goldens: only when their bytes would change, atomically, never in CI.
public enum GoldenRecorder {
    public enum Change: Sendable, Equatable {
        case created
        case unchanged
        /// The values changed at these places (strict comparison of the old golden with the new one).
        case updated([Difference])
        /// Same values, different bytes (a hand edit of layout, or a writer change).
        case reformatted
    }

    /// Records `value` into `file`, leaving the file untouched when its bytes are already right.
    public static func record(_ value: Node, into file: GoldenFile) throws(GoldenError) -> Change {
        let text = file.render(value)
        let existing = file.existingBytes()
        if let existing, existing.elementsEqual(text.utf8) { return .unchanged }
        guard !GoldenSettings.isCI else { throw .refusedInCI(file.path) }
        var change = Change.created
        if let existing {
            // A damaged golden is replaced; its differences cannot be listed, so the change is "updated".
            let old = try? file.parse(existing)
            let differences = old.map { TemplateDiffer.diff($0, value, profile: .strict) } ?? []
            change = differences.isEmpty && old != nil ? .reformatted : .updated(differences)
        }
        try AtomicFile.write(text, to: file.path)
        file.removeArtifact()
        return change
    }
}
