internal import CurlLoader

/// libcurl and libcrypto, loaded on first use rather than at start-up (CurlLoader). A machine without
/// one of them gets a clear error naming the library and the package that provides it (exit 2, a matter
/// of the machine's setup), never a crash: checked before the first signature (`AWSClient.send`) and the
/// first transfer (`CurlTransport.send`).
enum NativeLibraries {
    /// Why libcrypto (signing, and libcurl's TLS) cannot be used, or nil when it is loaded.
    static let cryptoMissing = missing(
        open: crypto_loader_open, library: crypto_loader_library, error: crypto_loader_error,
        install: "libssl3 (Debian, Ubuntu), openssl-libs (Fedora, RHEL) or openssl@3 (Homebrew)")

    /// Why libcurl cannot be used, or nil when it is loaded.
    static let curlMissing = missing(
        open: curl_loader_open, library: curl_loader_library, error: curl_loader_error,
        install: "libcurl4 (Debian, Ubuntu), libcurl (Fedora, RHEL) or curl (Homebrew)")

    /// What stops an HTTP transfer: libcrypto first (libcurl's TLS and our initialization need it).
    static var transferMissing: String? { cryptoMissing ?? curlMissing }

    /// Loads one library through its loader's functions: nil when it loaded, else what to tell the user.
    private static func missing(
        open: () -> Int32, library: () -> UnsafePointer<CChar>?, error: () -> UnsafePointer<CChar>?,
        install: String
    ) -> String? {
        guard open() != 1 else { return nil }
        let name = library().map { String(cString: $0) } ?? "a library"
        let why = error().map { String(cString: $0) } ?? "not found"
        return "stackcheck needs \(name), which could not be loaded (\(why)); install \(install)"
    }
}

extension AWSErrorCode {
    /// libcurl or libcrypto could not be loaded on this machine.
    public static let libraryMissing: AWSErrorCode = "LibraryMissing"
}
