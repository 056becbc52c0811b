internal import CurlLoader

/// SHA-256 and HMAC-SHA256 on OpenSSL's libcrypto, through the one-shot shim functions.
enum Digest {
    static func sha256(_ bytes: [UInt8]) -> [UInt8] {
        LibcryptoSetup.initialize()
        var out = [UInt8](repeating: 0, count: 32)
        let ok = bytes.withUnsafeBytes { data in
            out.withUnsafeMutableBufferPointer { crypto_loader_sha256(data.baseAddress, data.count, $0.baseAddress) }
        }
        // libcrypto fails here only when it cannot allocate or SHA-256 is unavailable: not recoverable.
        precondition(ok == 1, NativeLibraries.cryptoMissing ?? "libcrypto SHA-256 failed")
        return out
    }

    static func hmacSHA256(key: [UInt8], _ message: [UInt8]) -> [UInt8] {
        LibcryptoSetup.initialize()
        var out = [UInt8](repeating: 0, count: 32)
        let ok = key.withUnsafeBytes { keyBytes in
            message.withUnsafeBytes { data in
                out.withUnsafeMutableBufferPointer {
                    crypto_loader_hmac_sha256(
                        keyBytes.baseAddress, keyBytes.count, data.baseAddress, data.count, $0.baseAddress)
                }
            }
        }
        precondition(ok == 1, NativeLibraries.cryptoMissing ?? "libcrypto HMAC-SHA256 failed")
        return out
    }

    static func hmacSHA256(key: [UInt8], _ message: String) -> [UInt8] {
        hmacSHA256(key: key, Array(message.utf8))
    }

    static func sha256Hex(_ bytes: [UInt8]) -> String { hex(sha256(bytes)) }

    static func sha256Hex(_ text: String) -> String { hex(sha256(Array(text.utf8))) }

    static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
