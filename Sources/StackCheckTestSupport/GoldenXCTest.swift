#if canImport(XCTest)
    import Golden
    import Template
    import TemplateDiff
    import XCTest

    /// XCTest's golden assertion: `XCTFail` at the caller with the golden failure message.
    public func XCTAssertGolden(
        _ value: Node, at path: String, format: TemplateFormat? = nil, profile: EquivalenceProfile = .strict,
        file: StaticString = #filePath, line: UInt = #line
    ) {
        if let message = GoldenAssertion.check(value, at: path, format: format, profile: profile) {
            XCTFail(message, file: file, line: line)
        }
    }
#endif
