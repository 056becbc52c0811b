/// The bytes a writer produces, in memory it owns and grows by doubling.
///
/// `[UInt8]` checks on every append that its buffer is unshared and has room, through a call: for the JSON
/// writer, which appends a byte or a short run at a time, that was most of its own instructions (callgrind,
/// roundtrip of the shared templates). Here an append is a bounds check and a copy.
struct ByteOutput: ~Copyable {
    private var start: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        start = .allocate(capacity: self.capacity)
    }

    deinit { start.deallocate() }

    mutating func append(_ byte: UInt8) {
        if count == capacity { grow(toHold: count + 1) }
        start[count] = byte
        count += 1
    }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        if count + bytes.count > capacity { grow(toHold: count + bytes.count) }
        (start + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    /// `count` copies of `byte` (indentation), written in place.
    mutating func append(repeating byte: UInt8, count n: Int) {
        guard n > 0 else { return }
        if count + n > capacity { grow(toHold: count + n) }
        (start + count).initialize(repeating: byte, count: n)
        count += n
    }

    mutating func append(_ text: StaticString) {
        append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    mutating func append(_ text: String) {
        text.withUTF8Bytes { append($0) }
    }

    /// What was written, viewed in place.
    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        body(UnsafeBufferPointer(start: start, count: count))
    }

    /// What was written, as an array (one copy).
    var array: [UInt8] { withBytes { Array($0) } }

    private mutating func grow(toHold needed: Int) {
        var larger = capacity * 2
        while larger < needed { larger *= 2 }
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        moved.update(from: start, count: count)
        start.deallocate()
        start = moved
        capacity = larger
    }
}
