import Foundation

/// Reads a whole file, refusing a file over the template size limit before reading it.
enum FileBytes {
    static func read(path: String) throws(TemplateError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw TemplateError(file: path, message: "no such file; check the path", reason: .unreadable)
        }
        if isDirectory.boolValue {
            throw TemplateError(file: path, message: "is a directory; pass a template file", reason: .unreadable)
        }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int,
            size > TemplateLimits.maxBytes
        {
            throw TemplateReading.tooLargeError(size: size, file: path)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw TemplateError(file: path, message: "cannot read the file; check its permissions", reason: .unreadable)
        }
        return [UInt8](data)
    }
}
