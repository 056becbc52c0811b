internal import CurlLoader

/// libcrypto's one initialization, made before anything else in the process touches it (signing, and
/// libcurl's TLS through `curl_global_init`), so it registers no exit-time cleanup.
///
/// Why: by default libcrypto frees its global state in an atexit handler. `exit()` runs that handler
/// on one thread while a libcurl worker, woken by its transport's deinit a moment earlier, is still
/// ending and running libcrypto's thread-local destructor: a use-after-free that, under load, ended
/// `stackcheck smoke` with SIGABRT after its report was written. The OS reclaims the memory anyway.
enum LibcryptoSetup {
    /// Whether libcrypto accepted the initialization (false only when it cannot initialize at all).
    static let initialized: Bool = crypto_loader_init_without_exit_cleanup() == 1

    /// Call before the first use of libcrypto or libcurl; cheap after the first call.
    static func initialize() { _ = initialized }
}
