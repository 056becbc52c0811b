import Dispatch
import Findings
import Foundation
import Synchronization
import Template

/// Checks many files at once: each file is independent, so they spread over the cores; results come
/// back in argument order so output stays stable.
enum RoundtripRunner {
    enum Outcome: Sendable {
        case checked(TemplateDocument, RoundtripResult)
        case failed(Diagnostic)
    }

    static func run(_ files: [String]) -> [Outcome] {
        let slots = Slots(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { i in
            do {
                let document = try TemplateReader.document(path: files[i])
                slots.set(i, .checked(document, RoundtripCheck.check(document.root, file: files[i])))
            } catch {
                slots.set(i, .failed(CLIFailure.from(error).diagnostic))
            }
        }
        return slots.values
    }

    private final class Slots: Sendable {
        private let outcomes: Mutex<[Outcome?]>

        init(count: Int) { outcomes = Mutex(Array(repeating: nil, count: count)) }

        func set(_ index: Int, _ outcome: Outcome) { outcomes.withLock { $0[index] = outcome } }

        /// Every slot, once all are set; one never set (a task that did not finish) is a failure, not a crash.
        var values: [Outcome] { outcomes.withLock { $0.map { $0 ?? .failed(Diagnostic(message: "not run")) } } }
    }
}
