/// The values of every collection a reader has open, on one stack: a list's items (or a mapping's entries)
/// are pushed as they are read and, when the collection closes, moved into one array of exactly their
/// number. Collections nest, so the open ones' values always sit on top of their parents'. An array grown
/// per collection instead is reallocated and copied at 1, 2, 4, 8... elements, which for the small
/// mappings and lists of a template was most of what building the tree allocated.
final class PendingStack<Element> {
    private var base: UnsafeMutablePointer<Element>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int = 64) {
        self.capacity = capacity
        base = .allocate(capacity: capacity)
    }

    deinit {
        // What a reader that failed half-way left behind.
        base.deinitialize(count: count)
        base.deallocate()
    }

    func push(_ element: consuming Element) {
        if count == capacity { grow() }
        (base + count).initialize(to: consume element)
        count += 1
    }

    /// Read in place: looking at an entry's key copies nothing.
    subscript(position: Int) -> Element {
        unsafeAddress { UnsafePointer(base + position) }
    }

    /// Moves the values from `start` to the top into a new array (no copies, no reference counting),
    /// leaving the stack `start` high.
    func pop(from start: Int) -> [Element] {
        let n = count - start
        guard n > 0 else { return [] }
        // Not `Array(unsafeUninitializedCapacity:)`: its allocation is a generic entry point of the standard
        // library that looks the array's type up at run time on every call, which cost more than the copy.
        var moved: [Element] = []
        moved.reserveCapacity(n)
        for i in start..<count { moved.append((base + i).move()) }
        count = start
        return moved
    }

    private func grow() {
        let larger = UnsafeMutablePointer<Element>.allocate(capacity: capacity * 2)
        larger.moveInitialize(from: base, count: count)
        base.deallocate()
        base = larger
        capacity *= 2
    }
}
