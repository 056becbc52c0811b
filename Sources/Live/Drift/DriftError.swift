/// Why a drift run could not decide at all (exit 2): an unreadable template or accepted-drift file, a
/// live answer that is not what the service documents. A stack that cannot be read is `StackReadError`.
public struct DriftError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ description: String) { self.description = description }
}
