import Dispatch
import FoundationEssentials
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `credential_process`: runs the command (split like a shell would, never run through one) and reads
/// the JSON it prints: `{"Version": 1, "AccessKeyId", "SecretAccessKey", "SessionToken", "Expiration"}`.
///
/// What the process prints, on stdout or stderr, is never shown (it may hold keys, and a CI log keeps
/// it): a failure names the profile and the exit status only.
public struct ProcessCredentialProvider: CredentialProvider {
    public let profile: String
    public let command: String
    public let environment: [String: String]
    /// How long the process may run (seconds) before it is stopped and the run fails.
    public let timeout: TimeInterval

    public init(profile: String, command: String, environment: [String: String], timeout: TimeInterval = 60) {
        self.profile = profile
        self.command = command
        self.environment = environment
        self.timeout = timeout
    }

    public func credentials() async throws -> Credentials {
        let what = "profile \"\(profile)\": credential_process"
        let words = try ShellWords.split(command, what: what)
        guard !words.isEmpty else { throw CredentialError("\(what) is empty; give the command to run") }
        let (status, output) = try await Self.run(words, environment: environment, what: what, timeout: timeout)
        guard status == 0 else {
            throw CredentialError(
                "\(what) exited with status \(status); run it yourself to see why (its output is not shown, "
                    + "as it may hold secrets)")
        }
        guard let object = try? JSONAnswerParser.parse(output), object.isObject else {
            throw CredentialError("\(what) did not print a JSON object")
        }
        guard object["Version"]?.int == 1 else {
            throw CredentialError(
                "\(what) printed Version \(object["Version"].map(Self.shown) ?? "(none)"); only 1 is known")
        }
        return try CredentialDocument.credentials(
            in: object, token: "SessionToken", source: what,
            missing: "\(what) printed no AccessKeyId and SecretAccessKey")
    }

    /// The Version as `JSONSerialization`'s value printed: `2`, `1.5`, a string as it is.
    private static func shown(_ value: JSONAnswerValue) -> String {
        switch value {
        case .string(let text): return text
        case .number(let text): return value.int.map(String.init) ?? value.double.map { "\($0)" } ?? text
        case .bool(let flag): return flag ? "1" : "0"
        case .null: return "<null>"
        case .list, .mapping: return value.kind
        }
    }

    /// Runs the command on a thread of its own (waiting blocks), stdout into a pipe read to the end.
    static func run(_ words: [String], environment: [String: String], what: String, timeout: TimeInterval = 60)
        async throws -> (Int32, [UInt8])
    {
        try await withCheckedThrowingContinuation { continuation in
            DetachedThread.start {
                let child: ChildProcess.Started
                do throws(ChildProcess.StartError) {
                    child = try ChildProcess.start(words, environment: environment)
                } catch {
                    continuation.resume(throwing: CredentialError("\(what) could not start: \(error.reason)"))
                    return
                }
                // A process that never ends (a login prompt with no terminal) must not hang the run.
                let timedOut = TimeoutFlag()
                let timer = DispatchWorkItem {
                    timedOut.set()
                    // SIGKILL: a child started from a pool thread may have SIGTERM blocked.
                    kill(child.pid, SIGKILL)
                }
                DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: timer)
                let (status, data) = ChildProcess.finish(child)
                timer.cancel()
                if timedOut.isSet {
                    continuation.resume(
                        throwing: CredentialError("\(what) did not finish within \(Int(timeout)) s, and was stopped"))
                } else {
                    continuation.resume(returning: (status, data))
                }
            }
        }
    }
}

private final class TimeoutFlag: Sendable {
    private let value = Mutex(false)
    var isSet: Bool { value.withLock { $0 } }
    func set() { value.withLock { $0 = true } }
}

/// POSIX shell word splitting without expansion, as botocore's `shlex.split`: quotes and backslashes.
enum ShellWords {
    static func split(_ text: String, what: String) throws -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false
        var quote: Character?
        var escaped = false
        for character in text {
            if escaped {
                current.append(character)
                escaped = false
            } else if let open = quote {
                if character == open {
                    quote = nil
                } else if character == "\\" && open == "\"" {
                    escaped = true
                } else {
                    current.append(character)
                }
            } else if character == "\\" {
                escaped = true
                inWord = true
            } else if character == "\"" || character == "'" {
                quote = character
                inWord = true
            } else if character.isWhitespace {
                if inWord { words.append(current) }
                current = ""
                inWord = false
            } else {
                current.append(character)
                inWord = true
            }
        }
        guard quote == nil, !escaped else { throw CredentialError("\(what) has an unclosed quote; close it") }
        if inWord { words.append(current) }
        return words
    }
}
