import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A port on 127.0.0.1 that refuses connections for as long as this value lives: a socket bound to it that
/// never listens. A server's port after `stop()` is not that: the kernel may hand the same port to the next
/// server another test starts, and the "refused" call then reaches that server.
public final class ClosedPort: Sendable {
    public let port: Int
    private let socketFD: Int32

    public init() throws {
        (socketFD, port) = try boundLoopbackSocket(reuseAddress: false)
    }

    deinit { close(socketFD) }

    /// `http://127.0.0.1:PORT`
    public var endpoint: URL { URL(string: "http://127.0.0.1:\(port)")! }
}
