/// `--shard I/N`: the stacks this run handles out of a fleet split N ways (I from 0 to N-1, as a
/// Kubernetes indexed Job's `JOB_COMPLETION_INDEX` or a CI matrix index). A stack's shard is a stable
/// hash (64-bit FNV-1a) of its name and region: the same on every machine and every run, the shards
/// disjoint, their union the whole fleet.
public struct Shard: Sendable, Equatable {
    public var index: Int
    public var count: Int

    public init(index: Int, count: Int) {
        self.index = index
        self.count = count
    }

    /// `I/N`; nil unless 0 <= I < N.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), count >= 1, index >= 0,
            index < count
        else { return nil }
        self.init(index: index, count: count)
    }

    public func contains(name: String, region: String?) -> Bool {
        Int(Self.hash(name + "\u{0}" + (region ?? "")) % UInt64(count)) == index
    }

    public func select(_ stacks: [FleetStack]) -> [FleetStack] {
        stacks.filter { contains(name: $0.name, region: $0.region) }
    }

    public static func hash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}
