internal import CurlLoader

extension Digest {
    /// SHA-1 in hex: how the AWS CLI names its SSO token cache files (a name, not a security measure).
    static func sha1Hex(_ bytes: [UInt8]) -> String {
        LibcryptoSetup.initialize()
        var out = [UInt8](repeating: 0, count: 20)
        let ok = bytes.withUnsafeBytes { data in
            out.withUnsafeMutableBufferPointer { crypto_loader_sha1(data.baseAddress, data.count, $0.baseAddress) }
        }
        precondition(ok == 1, NativeLibraries.cryptoMissing ?? "libcrypto SHA-1 failed")
        return hex(out)
    }
}
