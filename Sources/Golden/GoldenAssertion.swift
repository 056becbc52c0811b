import Findings
import Template
import TemplateDiff

/// The framework-neutral core of a golden assertion: compares, records as the mode says, and returns the
/// failure message (nil when the golden matches). Swift Testing and XCTest adapters only report it.
///
/// Comparison is structural, under `strict` by default: the golden is our own writer's output, so any
/// change of value, kind, text or key order is a change in what we ship and must be re-recorded on purpose,
/// even one CloudFormation would treat as equivalent (`cfn`). Pass `profile: .cfn` to compare a
/// hand-written golden by meaning instead.
public enum GoldenAssertion {
    public static func check(
        _ value: Node, against file: GoldenFile, profile: EquivalenceProfile = .strict
    ) -> String? {
        let mode: GoldenRecordMode
        do { mode = try GoldenSettings.resolvedMode() } catch { return error.description }
        let text = file.render(value)
        guard let bytes = file.existingBytes() else { return missing(value, file, text, mode) }

        var differences: [Difference] = []
        if !bytes.elementsEqual(text.utf8) {
            do {
                differences = TemplateDiffer.diff(try file.parse(bytes), value, profile: profile)
            } catch {
                return failure(error.description, file, text, mode)
            }
        }
        if differences.isEmpty, mode != .all {
            file.removeArtifact()
            return nil
        }
        if differences.isEmpty {
            return rerecord("record mode is all", file, value, text)
        }
        let report = GoldenMessage.differences(differences, file: file, profile: profile.name, actualText: text)
        if mode == .all || mode == .failed {
            return rerecord(report, file, value, text)
        }
        return failure(report, file, text, mode)
    }

    /// Same as `check`, for a golden at `path` (format from the extension unless given).
    public static func check(
        _ value: Node, at path: String, format: TemplateFormat? = nil, profile: EquivalenceProfile = .strict
    ) -> String? {
        check(value, against: GoldenFile(path: path, format: format), profile: profile)
    }

    private static func missing(_ value: Node, _ file: GoldenFile, _ text: String, _ mode: GoldenRecordMode) -> String {
        guard mode != .never else {
            return failure("\(file.path): no golden file (record mode never)", file, text, mode)
        }
        return rerecord("\(file.path): no golden file", file, value, text)
    }

    /// Records (unless CI forbids it) and fails, so the next run is the one that verifies.
    private static func rerecord(_ reason: String, _ file: GoldenFile, _ value: Node, _ text: String) -> String {
        do throws(GoldenError) {
            guard !GoldenSettings.isCI else { throw GoldenError.refusedInCI(file.path) }
            let change = try GoldenRecorder.record(value, into: file)
            return "\(reason)\nRecorded \(file.path) (\(GoldenMessage.describe(change))). "
                + "Re-run with recording off (unset \(GoldenSettings.recordVariable)) to verify, and commit it."
        } catch {
            let artifact = file.writeArtifact(text).map { "\nGenerated output written to \($0)." } ?? ""
            return "\(reason)\n\(error.description)\(artifact)"
        }
    }

    private static func failure(_ reason: String, _ file: GoldenFile, _ text: String, _ mode: GoldenRecordMode)
        -> String
    {
        var message = reason
        if let artifact = file.writeArtifact(text) { message += "\nGenerated output written to \(artifact)." }
        if GoldenSettings.isCI {
            message += "\nRecording is refused in CI: re-record on a developer machine and commit the goldens."
        } else {
            message +=
                "\nIf the change is intended, re-record: \(GoldenSettings.recordVariable)=failed swift test, "
                + "or swift package --allow-writing-to-package-directory update-goldens."
        }
        return message
    }
}
