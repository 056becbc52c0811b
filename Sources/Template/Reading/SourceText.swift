/// Turns byte offsets into 1-based line and column marks (columns count characters, not bytes, as
/// editors do). Offsets are usually asked for in increasing order, so the last answer is cached and
/// extended, keeping marking linear even for a one-line, 1 MB template.
struct SourceText {
    let bytes: UnsafeBufferPointer<UInt8>
    let file: String
    private var cachedOffset = 0
    private var cachedLine = 1
    private var cachedColumn = 1

    init(bytes: UnsafeBufferPointer<UInt8>, file: String) {
        self.bytes = bytes
        self.file = file
    }

    mutating func mark(at offset: Int) -> SourceMark {
        let target = min(max(offset, 0), bytes.count)
        if target < cachedOffset { (cachedOffset, cachedLine, cachedColumn) = (0, 1, 1) }
        var line = cachedLine
        var column = cachedColumn
        var i = cachedOffset
        while i < target {
            let b = bytes[i]
            if b == 0x0A {
                line += 1
                column = 1
            } else if b & 0xC0 != 0x80 {
                column += 1
            }
            i += 1
        }
        (cachedOffset, cachedLine, cachedColumn) = (target, line, column)
        return SourceMark(file: file, line: line, column: column)
    }

    /// A mark from a line already known (the JSON reader tracks lines itself) and the line's start.
    mutating func mark(at offset: Int, line: Int, lineStart: Int) -> SourceMark {
        if cachedLine != line || cachedOffset > offset || cachedOffset < lineStart {
            (cachedOffset, cachedLine, cachedColumn) = (lineStart, line, 1)
        }
        return mark(at: offset)
    }
}
