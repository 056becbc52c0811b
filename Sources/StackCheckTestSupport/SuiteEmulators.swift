import Foundation

extension Emulator {
    /// An emulator of one suite's own, started on first use and kept for the test process: for a
    /// `.serialized` suite whose tests change emulator-wide state (running or stopping tasks), so they
    /// need not start one each. Each test sets the state it needs first.
    public static func suite(_ name: String) async throws -> Emulator {
        try await SuiteEmulators.instance.get(name)
    }

    /// Puts the emulator-wide task state back: `running` tasks per service, none stopping.
    public func resetTasks(running: Int) async throws {
        try await stopTasks(reason: nil)
        try await setRunningTasks(running)
    }
}

private actor SuiteEmulators {
    static let instance = SuiteEmulators()
    private var started: [String: Task<Emulator, Error>] = [:]

    func get(_ name: String) async throws -> Emulator {
        if let task = started[name] { return try await task.value }
        let task = Task { try await Emulator.start() }
        started[name] = task
        return try await task.value
    }
}
