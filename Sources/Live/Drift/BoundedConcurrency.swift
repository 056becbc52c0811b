/// Maps items through an async function with at most `limit` calls in flight, keeping input order.
/// Service describe calls are cheap but throttled per account: a bound keeps a 100-resource stack fast
/// without tripping the rate limits.
public enum BoundedConcurrency {
    public static func map<Item: Sendable, Output: Sendable>(
        _ items: [Item], limit: Int, _ transform: @escaping @Sendable (Item) async -> Output
    ) async -> [Output] {
        guard !items.isEmpty else { return [] }
        return await withTaskGroup(of: (Int, Output).self) { group in
            var results = [Output?](repeating: nil, count: items.count)
            var next = 0
            for _ in 0..<min(max(1, limit), items.count) {
                let index = next
                group.addTask { (index, await transform(items[index])) }
                next += 1
            }
            while let (index, output) = await group.next() {
                results[index] = output
                if next < items.count {
                    let upcoming = next
                    group.addTask { (upcoming, await transform(items[upcoming])) }
                    next += 1
                }
            }
            return results.map { $0! }
        }
    }
}
