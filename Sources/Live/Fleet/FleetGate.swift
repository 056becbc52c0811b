/// Admits fleet work under `FleetLimits`: a caller waits until its stack's region and account are below
/// their limits and the run is below its total, in the order callers arrived among those that fit (a
/// busy region never holds back another region's stacks). It counts what is in flight itself, so the
/// highest counts it saw are the proof a limit was kept.
public actor FleetGate {
    public let limits: FleetLimits
    private var total = 0
    private var regions: [String: Int] = [:]
    private var accounts: [String: Int] = [:]
    private var waiting: [(slot: FleetSlot, resume: CheckedContinuation<Void, Never>)] = []
    /// The most in flight at once: in all, and in each region and account.
    public private(set) var peakTotal = 0
    public private(set) var peakPerRegion: [String: Int] = [:]
    public private(set) var peakPerAccount: [String: Int] = [:]

    /// Admitted and not yet finished; and waiting for a slot.
    public var inFlight: Int { total }
    public var waitingCount: Int { waiting.count }

    public init(limits: FleetLimits) {
        self.limits = limits
    }

    /// Runs `body` once `slot` is admitted, and frees the slot after.
    public nonisolated func run<T: Sendable>(_ slot: FleetSlot, _ body: @Sendable () async -> T) async -> T {
        await acquire(slot)
        let result = await body()
        await release(slot)
        return result
    }

    func acquire(_ slot: FleetSlot) async {
        if fits(slot) {
            admit(slot)
            return
        }
        await withCheckedContinuation { waiting.append((slot, $0)) }
    }

    func release(_ slot: FleetSlot) {
        total -= 1
        regions[slot.region, default: 1] -= 1
        accounts[slot.account, default: 1] -= 1
        var index = 0
        while index < waiting.count {
            guard fits(waiting[index].slot) else {
                index += 1
                continue
            }
            let next = waiting.remove(at: index)
            admit(next.slot)
            next.resume.resume()
        }
    }

    private func fits(_ slot: FleetSlot) -> Bool {
        total < limits.total && regions[slot.region, default: 0] < (limits.perRegion ?? .max)
            && accounts[slot.account, default: 0] < (limits.perAccount ?? .max)
    }

    private func admit(_ slot: FleetSlot) {
        total += 1
        regions[slot.region, default: 0] += 1
        accounts[slot.account, default: 0] += 1
        peakTotal = max(peakTotal, total)
        peakPerRegion[slot.region] = max(peakPerRegion[slot.region] ?? 0, regions[slot.region]!)
        peakPerAccount[slot.account] = max(peakPerAccount[slot.account] ?? 0, accounts[slot.account]!)
    }

    /// Maps `items` through `body`, each under the gate with its slot; results in input order.
    public nonisolated func map<Item: Sendable, Output: Sendable>(
        _ items: [(slot: FleetSlot, item: Item)], _ body: @escaping @Sendable (Item) async -> Output
    ) async -> [Output] {
        await withTaskGroup(of: (Int, Output).self) { group in
            for (index, entry) in items.enumerated() {
                group.addTask { (index, await self.run(entry.slot) { await body(entry.item) }) }
            }
            var results = [Output?](repeating: nil, count: items.count)
            for await (index, output) in group { results[index] = output }
            return results.map { $0! }
        }
    }
}
