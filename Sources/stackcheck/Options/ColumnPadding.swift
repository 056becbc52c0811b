/// Table columns padded with spaces as NSString's `padding(toLength:withPad:startingAt:)` did (which full
/// Foundation had and FoundationEssentials has not): the length counts UTF-16 units, and longer text is cut.
extension String {
    func padded(to length: Int) -> String {
        let units = utf16.count
        if units <= length { return self + String(repeating: " ", count: length - units) }
        var kept = 0
        return String(
            prefix(while: { character in
                kept += character.utf16.count
                return kept <= length
            }))
    }
}
