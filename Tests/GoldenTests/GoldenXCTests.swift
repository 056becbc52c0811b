#if canImport(XCTest)
import BatchStack
import StackCheckTestSupport
import XCTest

/// The same golden assertion from XCTest, for suites that have not moved to Swift Testing.
final class GoldenXCTests: XCTestCase {
    func testGeneratedTemplateMatchesTheGoldensFromXCTest() {
        XCTAssertGolden(BatchProcessingStack.template, at: Goldens.json)
        XCTAssertGolden(BatchProcessingStack.template, at: Goldens.yaml)
    }
}
#endif
