import FoundationEssentials

/// The text full Foundation's `localizedDescription` gave a file error on Linux (FoundationEssentials has no
/// `localizedDescription`), so messages that quote one read as before: "The operation could not be
/// completed. The file doesn’t exist." Errors of other kinds are described as they print.
public enum FileErrorText {
    public static func describe(_ error: any Error) -> String {
        guard let cocoa = error as? CocoaError, let reason = reasons[cocoa.code.rawValue] else { return "\(error)" }
        return "The operation could not be completed. " + reason
    }

    /// swift-corelibs-foundation's messages for the file system's error codes.
    private static let reasons: [Int: String] = [
        4: "The file doesn’t exist.", 255: "The file couldn’t be locked.", 257: "You don’t have permission.",
        258: "The file name is invalid.", 259: "The file isn’t in the correct format.",
        260: "The file doesn’t exist.", 261: "The specified text encoding isn’t applicable.",
        262: "The specified URL type isn’t supported.", 263: "The item is too large.",
        264: "The text encoding of the contents couldn’t be determined.", 513: "You don’t have permission.",
        514: "The file name is invalid.", 516: "A file with the same name already exists.",
        517: "The specified text encoding isn’t applicable.", 518: "The specified URL type isn’t supported.",
        640: "There isn’t enough space.", 642: "The volume is read only.",
    ]
}
