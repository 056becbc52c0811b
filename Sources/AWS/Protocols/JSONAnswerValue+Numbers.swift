import Template

/// Numbers of a JSON answer read where a document is walked by hand (credential documents), as
/// `JSONSerialization`'s `as? Int` and `as? Double` answered: another kind of value is simply absent.
extension JSONAnswerValue {
    /// A whole number (`1`, not `1.5` or `"1"`).
    var int: Int? {
        guard case .number(let text) = self else { return nil }
        if let whole = Int(text) { return whole }
        guard let number = Double(text), number == number.rounded(), abs(number) < 0x1p62 else { return nil }
        return Int(number)
    }

    var double: Double? {
        guard case .number(let text) = self else { return nil }
        return Double(text)
    }

    /// Whether this is an object (a document, not a bare value).
    var isObject: Bool {
        if case .mapping = self { return true }
        return false
    }
}
