#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A child process run to its end with its standard output captured (what Foundation's `Process` with a
/// `Pipe` did): stdin and stderr are /dev/null, the environment is exactly the one given, no other
/// descriptor of ours is inherited, and signals start unblocked at their defaults. Blocking: call it from a
/// thread of its own (`DetachedThread`).
enum ChildProcess {
    struct StartError: Error {
        var reason: String
    }

    /// A started child: its id, and the read end of its standard output.
    struct Started {
        var pid: pid_t
        var output: Int32
    }

    /// Starts `arguments[0]` (looked up on PATH by `/usr/bin/env`, as before) with the rest as its arguments.
    static func start(_ arguments: [String], environment: [String: String]) throws(StartError) -> Started {
        var pipeEnds: [Int32] = [0, 0]
        guard pipe(&pipeEnds) == 0 else { throw StartError(reason: String(cString: strerror(errno))) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 1)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
        posix_spawn_file_actions_addclose(&actions, pipeEnds[1])
        // Sockets, the watch history's locked file: none of them is the child's to keep open.
        if let closeFrom = closeFrom { _ = closeFrom(&actions, 3) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // A thread of the pool may have signals blocked (SIGTERM among them), and an ignored SIGPIPE would be
        // inherited too.
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        var every = sigset_t()
        sigfillset(&every)
        posix_spawnattr_setsigmask(&attributes, &unblocked)
        posix_spawnattr_setsigdefault(&attributes, &every)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let argv = (["/usr/bin/env"] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for pointer in argv + envp { free(pointer) } }
        var pid = pid_t()
        let code = posix_spawn(&pid, "/usr/bin/env", &actions, &attributes, argv, envp)
        close(pipeEnds[1])
        guard code == 0 else {
            close(pipeEnds[0])
            throw StartError(reason: String(cString: strerror(code)))
        }
        return Started(pid: pid, output: pipeEnds[0])
    }

    /// glibc's `posix_spawn_file_actions_addclosefrom_np` (2.34 and later), which Swift's Glibc module does
    /// not declare: looked up once by name.
    private static let closeFrom: CloseFrom? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np")
        else { return nil }
        return unsafeBitCast(symbol, to: CloseFrom.self)
    }()

    private typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>?, Int32) -> Int32

    /// Reads the child's output to its end, waits for it, and answers its exit status (the signal's number
    /// when a signal ended it, as `Process.terminationStatus` did) with the output.
    static func finish(_ child: Started) -> (Int32, [UInt8]) {
        var output: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(child.output, $0.baseAddress, $0.count) }
            if count > 0 {
                output += buffer[..<count]
            } else if count < 0 && errno == EINTR {
                continue
            } else {
                break
            }
        }
        close(child.output)
        var status: Int32 = 0
        while waitpid(child.pid, &status, 0) < 0 && errno == EINTR {}
        // WIFEXITED / WEXITSTATUS / WTERMSIG, which Swift does not import (they are macros).
        let signal = status & 0x7F
        return (signal == 0 ? (status >> 8) & 0xFF : signal, output)
    }
}
