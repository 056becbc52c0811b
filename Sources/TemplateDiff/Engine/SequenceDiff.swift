/// The edit script between two lists, from their element hashes.
///
/// Common prefix and suffix are trimmed first (the usual case: one element inserted, removed or
/// changed), then the middle goes through Myers' O((N+M)·D) algorithm. D is bounded so that a diff
/// never costs more than a fixed multiple of the input; past the bound the middle is paired by
/// position, which is still a correct (only less minimal) script.
enum SequenceDiff {
    enum Step: Equatable {
        case same(Int, Int)
        case delete(Int)
        case insert(Int)
    }

    /// Work allowed for the middle: (N+M)·D stays under this many element comparisons.
    static let budget = 4_000_000
    /// Edit distances above this fall back to pairing by position (bounds the trace's memory).
    static let maxDistance = 1_000

    static func steps(_ a: [Int], _ b: [Int]) -> [Step] {
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] {
            suffix += 1
        }
        var result = (0..<prefix).map { Step.same($0, $0) }
        let middleA = Array(a[prefix..<(a.count - suffix)])
        let middleB = Array(b[prefix..<(b.count - suffix)])
        let total = middleA.count + middleB.count
        let limit = min(maxDistance, total, budget / max(total, 1))
        let middle = myers(middleA, middleB, maxDistance: limit) ?? byPosition(middleA.count, middleB.count)
        for step in middle {
            switch step {
            case .same(let i, let j): result.append(.same(i + prefix, j + prefix))
            case .delete(let i): result.append(.delete(i + prefix))
            case .insert(let j): result.append(.insert(j + prefix))
            }
        }
        for offset in 0..<suffix {
            result.append(.same(a.count - suffix + offset, b.count - suffix + offset))
        }
        return result
    }

    /// Deletes then inserts: the walker pairs them into changes element by element.
    static func byPosition(_ n: Int, _ m: Int) -> [Step] {
        (0..<n).map { Step.delete($0) } + (0..<m).map { Step.insert($0) }
    }

    /// Myers' greedy shortest edit script, or nil when it needs more than `maxDistance` edits.
    static func myers(_ a: [Int], _ b: [Int], maxDistance: Int) -> [Step]? {
        let n = a.count
        let m = b.count
        if n == 0 || m == 0 { return byPosition(n, m) }
        let offset = n + m + 1
        var v = Array(repeating: 0, count: 2 * offset + 1)
        // trace[d] holds v[-d...d] as it was when round d started.
        var trace: [[Int]] = []
        for d in 0...maxDistance {
            trace.append(Array(v[(offset - d)...(offset + d)]))
            for k in stride(from: -d, through: d, by: 2) {
                var x =
                    (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]))
                    ? v[offset + k + 1] : v[offset + k - 1] + 1
                var y = x - k
                while x < n, y < m, a[x] == b[y] {
                    x += 1
                    y += 1
                }
                v[offset + k] = x
                if x >= n, y >= m { return backtrack(trace: trace, n: n, m: m) }
            }
        }
        return nil
    }

    private static func backtrack(trace: [[Int]], n: Int, m: Int) -> [Step] {
        var steps: [Step] = []
        var x = n
        var y = m
        for d in stride(from: trace.count - 1, through: 0, by: -1) {
            let v = trace[d]
            func at(_ k: Int) -> Int { v[k + d] }
            let k = x - y
            let previousK: Int
            if d == 0 {
                previousK = 0
            } else {
                previousK = (k == -d || (k != d && at(k - 1) < at(k + 1))) ? k + 1 : k - 1
            }
            let previousX = d == 0 ? 0 : at(previousK)
            let previousY = previousX - previousK
            while x > previousX, y > previousY {
                steps.append(.same(x - 1, y - 1))
                x -= 1
                y -= 1
            }
            if d > 0 {
                steps.append(x == previousX ? .insert(y - 1) : .delete(x - 1))
                x = previousX
                y = previousY
            }
        }
        return steps.reversed()
    }
}
