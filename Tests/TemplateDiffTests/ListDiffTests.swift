import Template
import Testing

@testable import TemplateDiff

@Suite struct ListDiffTests {
    static let ten: [TV] = (0..<10).map { ["Name": .string("c\($0)"), "Image": "app:1"] }

    @Test func oneInsertionIsOneAddition() {
        var right = Self.ten
        right.insert(["Name": "sidecar"], at: 3)
        #expect(summary(["L": .list(Self.ten)], ["L": .list(right)]) == ["added /L/3"])
        #expect(summary(["L": .list(right)], ["L": .list(Self.ten)]) == ["removed /L/3"])
    }

    @Test func insertionsAtTheEndsAndTwoApart() {
        var right = Self.ten
        right.insert("first", at: 0)
        right.append("last")
        right.insert("middle", at: 6)
        #expect(summary(["L": .list(Self.ten)], ["L": .list(right)]) == ["added /L/0", "added /L/6", "added /L/12"])
    }

    @Test func aChangedElementIsDiffedInside() {
        var right = Self.ten
        right[4] = ["Name": "c4", "Image": "app:2"]
        #expect(summary(["L": .list(Self.ten)], ["L": .list(right)]) == ["changed /L/4/Image"])
    }

    @Test func removalAndChangeTogether() {
        var right = Self.ten
        right.remove(at: 2)
        right[6] = ["Name": "c7", "Image": "app:2"]
        #expect(summary(["L": .list(Self.ten)], ["L": .list(right)]) == ["removed /L/2", "changed /L/7/Image"])
    }

    @Test func listOrderMatters() {
        #expect(summary([1, 2, 3], [3, 1, 2]) == ["added /0", "removed /2"])
    }

    @Test func scalarToListIsOneChange() {
        #expect(summary(["A": "x"], ["A": ["x"]]) == ["changed /A"])
        #expect(summary(["A": ["k": 1]], ["A": [1]]) == ["changed /A"])
    }

    @Test func mappingsReportKeysInLeftOrderThenAdditions() {
        let left: TV = ["Z": 1, "A": ["B": 1], "M": 3]
        let right: TV = ["N": 0, "A": ["B": 2, "C": 1], "Z": 1]
        #expect(summary(left, right) == ["changed /A/B", "added /A/C", "removed /M", "added /N"])
    }

    /// The script is valid (turns a into b) and as short as the longest common subsequence allows.
    @Test(arguments: 0..<200) func scriptsAreMinimal(seed: Int) {
        var generator = SplitMix(seed: UInt64(seed))
        let a = (0..<Int(generator.next() % 12)).map { _ in Int(generator.next() % 4) }
        let b = (0..<Int(generator.next() % 12)).map { _ in Int(generator.next() % 4) }
        let steps = SequenceDiff.steps(a, b)
        var rebuilt: [Int] = []
        var consumed: [Int] = []
        for step in steps {
            switch step {
            case .same(let i, let j):
                #expect(a[i] == b[j])
                consumed.append(i)
                rebuilt.append(b[j])
            case .delete(let i): consumed.append(i)
            case .insert(let j): rebuilt.append(b[j])
            }
        }
        #expect(consumed == Array(a.indices))
        #expect(rebuilt == b)
        let edits = steps.filter { if case .same = $0 { false } else { true } }.count
        #expect(edits == a.count + b.count - 2 * Self.lcsLength(a, b))
    }

    @Test func pastTheBoundTheMiddleIsPairedByPosition() {
        let a = Array(0..<3000)
        let b = Array(5000..<8000)
        let steps = SequenceDiff.steps(a, b)
        #expect(steps.count == 6000)
        #expect(steps.first == .delete(0))
        #expect(steps.last == .insert(2999))
    }

    static func lcsLength(_ a: [Int], _ b: [Int]) -> Int {
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in a.indices.reversed() {
            for j in b.indices.reversed() {
                table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        return table[0][0]
    }
}

/// A tiny seeded generator so the property test is repeatable.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
