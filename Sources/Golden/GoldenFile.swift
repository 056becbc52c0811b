import Findings
import FoundationEssentials
import Template

/// A checked-in golden template and where its actual output goes when it does not match.
public struct GoldenFile: Sendable {
    public var path: String
    public var format: TemplateFormat

    /// `format` defaults to what the extension says (`.json`, `.yaml`, `.yml`), else JSON.
    public init(path: String, format: TemplateFormat? = nil) {
        self.path = path
        self.format = format ?? TemplateFormat(path: path) ?? .json
    }

    /// Beside the golden, `template.json` -> `template.artifact.json`: next to the file it should replace,
    /// for a quick look or `diff`, and ignored by git (`*.artifact.json`, `*.artifact.yaml`).
    public var artifactPath: String {
        let url = URL(fileURLWithPath: path)
        let stem = url.deletingPathExtension().lastPathComponent
        let name = "\(stem).artifact.\(format.rawValue)"
        return path.contains("/") ? url.deletingLastPathComponent().appendingPathComponent(name).path : name
    }

    /// What the writer makes of `value` in this file's format.
    public func render(_ value: Node) -> String { TemplateWriter.write(value, as: format) }

    /// The golden's bytes, or nil when it does not exist.
    public func existingBytes() -> [UInt8]? { AtomicFile.read(path) }

    /// Reads the golden; a malformed one is an error naming file:line:column.
    func parse(_ bytes: [UInt8]) throws(GoldenError) -> Node {
        do {
            return try TemplateReader.read(bytes, file: path, format: format)
        } catch let error as TemplateError {
            var diagnostic = error.diagnostic
            diagnostic.message += " (re-record it if the file is damaged)"
            throw GoldenError(diagnostic)
        } catch {
            throw GoldenError("\(error) (re-record it if the file is damaged)")
        }
    }

    func writeArtifact(_ text: String) -> String? {
        (try? AtomicFile.write(text, to: artifactPath)) == nil ? nil : artifactPath
    }

    func removeArtifact() {
        try? FileManager.default.removeItem(atPath: artifactPath)
    }
}
