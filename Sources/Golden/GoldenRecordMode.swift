/// When a golden assertion may write the golden file, as in snapshot testing.
///
/// Any run that writes a golden also fails, so a recording run can never pass by accident; the next run,
/// with recording off, is the one that verifies.
public enum GoldenRecordMode: String, Sendable, CaseIterable {
    /// Re-record every golden.
    case all
    /// Record goldens that do not exist yet; compare the others. The default outside CI.
    case missing
    /// Never write; a missing golden fails. The default in CI.
    case never
    /// Re-record goldens that are missing or differ.
    case failed
}
