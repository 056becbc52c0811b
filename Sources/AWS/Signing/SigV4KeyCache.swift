import Synchronization

/// Derived SigV4 signing keys by secret and scope (`20260101/us-east-2/ecs`): a key holds for its day,
/// region and service, and deriving it costs four HMACs, which every request paid before. Kept in
/// memory only, like the secret it comes from; a few scopes per run, cleared past `limit`.
final class SigV4KeyCache: Sendable {
    static let shared = SigV4KeyCache()
    static let limit = 64

    private struct Entry: Hashable {
        var secret: String
        var scope: String
    }

    private let keys = Mutex<[Entry: [UInt8]]>([:])

    func key(secret: String, scope: String, derive: () -> [UInt8]) -> [UInt8] {
        let entry = Entry(secret: secret, scope: scope)
        if let known = keys.withLock({ $0[entry] }) { return known }
        let derived = derive()
        keys.withLock { keys in
            if keys.count >= Self.limit { keys.removeAll() }
            keys[entry] = derived
        }
        return derived
    }
}
