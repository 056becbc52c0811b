import Foundation

/// Debian's Chromium, headless: loads a file, runs its scripts, and gives back the DOM as rendered.
/// `scripts/setup` installs it; tests that need it are skipped, saying so, only where it is absent.
public enum HeadlessChromium {
    /// The browser on PATH (`chromium`, `chromium-browser`), or nil.
    public static let executable: URL? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            for name in ["chromium", "chromium-browser"] {
                let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            }
        }
        return nil
    }()

    public static var isAvailable: Bool { executable != nil }

    /// The DOM after the page's scripts ran (`--dump-dom`). The network is switched off for the
    /// browser as a whole, so a page that needed a fetch would show it (the page's own CSP forbids it too).
    public static func renderedDOM(of file: URL) async throws -> String {
        guard let executable else { throw EmulatorError("chromium is not installed (scripts/setup installs it)") }
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("chromium-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        let result = try await ChildProcess.run(
            executable,
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
                "--user-data-dir=\(profile.path)", "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
                "--virtual-time-budget=2000", "--dump-dom", file.absoluteString,
            ])
        guard result.status == 0, !result.stdout.isEmpty else {
            throw EmulatorError("chromium exited \(result.status): \(result.stderr.suffix(2000))")
        }
        return result.stdout
    }
}
