import Dispatch
import Findings
import FoundationEssentials
import Synchronization
import Template

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Checks many files at once: each file is independent, so they spread over the cores; results come
/// back in argument order so output stays stable.
enum RoundtripRunner {
    enum Outcome: Sendable {
        case checked(TemplateDocument, RoundtripResult)
        case failed(Diagnostic)
    }

    static func run(_ files: [String]) -> [Outcome] {
        let slots = Slots(count: files.count)
        let order = largestFirst(files)
        DispatchQueue.concurrentPerform(iterations: files.count) { n in
            let i = order[n]
            do {
                var document = try RoundtripCheck.read(path: files[i])
                let result = RoundtripCheck.check(document.root, file: files[i])
                // The report needs only the format and warnings: the tree is freed here, in parallel, rather
                // than kept for every file until the last one is done.
                document.root = .null
                slots.set(i, .checked(document, result))
            } catch {
                slots.set(i, .failed(CLIFailure.from(error).diagnostic))
            }
        }
        return slots.values
    }

    /// Indices of `files`, largest file first: the work per file grows with its size, and a large file
    /// started last would leave the other cores idle while it finishes. Unreadable files sort as empty
    /// (their error comes from the reader, in its place).
    private static func largestFirst(_ files: [String]) -> [Int] {
        let sizes = files.map { path -> Int in
            var info = stat()
            return stat(path, &info) == 0 ? Int(info.st_size) : 0
        }
        return files.indices.sorted { sizes[$0] != sizes[$1] ? sizes[$0] > sizes[$1] : $0 < $1 }
    }

    private final class Slots: Sendable {
        private let outcomes: Mutex<[Outcome?]>

        init(count: Int) { outcomes = Mutex(Array(repeating: nil, count: count)) }

        func set(_ index: Int, _ outcome: Outcome) { outcomes.withLock { $0[index] = outcome } }

        /// Every slot, once all are set; one never set (a task that did not finish) is a failure, not a crash.
        var values: [Outcome] { outcomes.withLock { $0.map { $0 ?? .failed(Diagnostic(message: "not run")) } } }
    }
}
