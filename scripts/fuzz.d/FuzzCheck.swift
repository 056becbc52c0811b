/// What every fuzz input must satisfy: reading ends in a template or a `TemplateError` with a mark, and
/// a template that reads is written in both formats without trapping, and reads back. A failed
/// `precondition` here is a finding libFuzzer reports with the input that caused it.
enum FuzzCheck {
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, format: TemplateFormat) {
        let document: TemplateDocument
        do {
            document = try TemplateReader.document(Array(bytes), file: "fuzz", format: format)
        } catch {
            precondition(error.mark != nil || error.file != nil, "an error without a place: \(error)")
            return
        }
        for written in TemplateFormat.allCases {
            let text = TemplateWriter.write(document.root, as: written)
            do {
                _ = try TemplateReader.document(
                    Array(text.utf8), file: "fuzz (as \(written.rawValue))", format: written,
                    options: .init(enforceSizeLimit: false, keepMarks: false))
            } catch {
                preconditionFailure("what we wrote as \(written.rawValue) does not read back: \(error)\n\(text)")
            }
        }
    }
}
