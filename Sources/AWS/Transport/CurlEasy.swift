internal import CurlLoader
import FoundationEssentials

/// One libcurl easy handle, set up for one request at a time and driven by a `CurlLoop`. The handle is
/// reused for later requests; the connections live in the loop's multi handle, shared by all its transfers.
final class CurlEasy {
    let handle: UnsafeMutableRawPointer
    private let options: CurlOptions

    init?(options: CurlOptions = CurlOptions()) {
        CurlGlobal.initialize()
        guard let handle = curl_loader_easy_init() else { return nil }
        self.handle = handle
        self.options = options
    }

    deinit { curl_loader_easy_cleanup(handle) }

    /// Sets the handle up for `request`. The returned transfer holds what libcurl reads and writes until the
    /// transfer is done (headers, error text, the answer), so it must outlive it.
    func prepare(
        _ request: HTTPRequest, connectTimeout: Duration, timeout: Duration, cancel: CancelFlag,
        maxResponseBytes: Int = ResponseLimit.maxBytes
    ) -> Transfer {
        // reset clears the options of the previous request; connections and caches are kept.
        curl_loader_easy_reset(handle)
        // No `Expect: 100-continue` round trip, and no Content-Type the caller did not ask for (libcurl
        // would otherwise call every POST body a form).
        var extra: [(name: String, value: String)] = [("Expect", "")]
        if request.header("Content-Type") == nil { extra.append(("Content-Type", "")) }
        let transfer = Transfer(
            host: Self.hostDescription(request.url), headers: CurlHeaderList(request.headers + extra), cancel: cancel,
            limit: maxResponseBytes)
        let context = Unmanaged.passUnretained(transfer).toOpaque()
        curl_loader_setopt_string(handle, CURLOPT_URL, request.url.absoluteString)
        curl_loader_setopt_long(handle, CURLOPT_NOSIGNAL, 1)
        curl_loader_setopt_long(handle, CURLOPT_SSL_VERIFYPEER, 1)
        curl_loader_setopt_long(handle, CURLOPT_SSL_VERIFYHOST, 2)
        if let caBundle = options.caBundle { curl_loader_setopt_string(handle, CURLOPT_CAINFO, caBundle) }
        curl_loader_setopt_string(handle, CURLOPT_USERAGENT, options.userAgent)
        curl_loader_setopt_long(handle, CURLOPT_CONNECTTIMEOUT_MS, Self.milliseconds(connectTimeout))
        curl_loader_setopt_long(handle, CURLOPT_TIMEOUT_MS, Self.milliseconds(timeout))
        curl_loader_setopt_long(handle, CURLOPT_TCP_KEEPALIVE, 1)
        curl_loader_setopt_pointer(handle, CURLOPT_ERRORBUFFER, transfer.errorText)
        curl_loader_setopt_slist(handle, CURLOPT_HTTPHEADER, transfer.requestHeaders.list)
        curl_loader_setopt_callback(handle, CURLOPT_WRITEFUNCTION, curlWriteBody)
        curl_loader_setopt_pointer(handle, CURLOPT_WRITEDATA, context)
        curl_loader_setopt_callback(handle, CURLOPT_HEADERFUNCTION, curlWriteHeader)
        curl_loader_setopt_pointer(handle, CURLOPT_HEADERDATA, context)
        curl_loader_setopt_long(handle, CURLOPT_NOPROGRESS, 0)
        curl_loader_setopt_progress(handle, curlProgress)
        curl_loader_setopt_pointer(handle, CURLOPT_XFERINFODATA, context)
        // CURLOPT_PROXY is deliberately never set: libcurl then reads the proxy environment
        // (https_proxy, http_proxy, all_proxy, no_proxy) as the AWS CLI does.
        switch request.method.uppercased() {
        case "GET":
            curl_loader_setopt_long(handle, CURLOPT_HTTPGET, 1)
        case "HEAD":
            curl_loader_setopt_long(handle, CURLOPT_NOBODY, 1)
        default:
            if request.method.uppercased() != "POST" {
                curl_loader_setopt_string(handle, CURLOPT_CUSTOMREQUEST, request.method)
            }
            curl_loader_setopt_long(handle, CURLOPT_POST, 1)
            // The size first: libcurl then copies exactly that many bytes, so the body need not outlive
            // this call. An empty body still needs a non-null pointer, or libcurl reads from stdin.
            curl_loader_setopt_off(handle, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(request.body.count))
            request.body.withUnsafeBytes { body in
                let bytes = UnsafeMutableRawPointer(mutating: body.baseAddress) ?? Self.emptyBody
                curl_loader_setopt_pointer(handle, CURLOPT_COPYPOSTFIELDS, bytes)
            }
        }
        return transfer
    }

    /// The answer of a transfer libcurl reported done with `code`.
    func finish(_ transfer: Transfer, code: CURLcode) -> Result<HTTPResponse, TransportError> {
        // libcurl may write to the error buffer until the option is set again, and the transfer owning it
        // goes away after this; the handle waits as a spare until its next request.
        defer { curl_loader_setopt_pointer(handle, CURLOPT_ERRORBUFFER, nil) }
        if transfer.overLimit {
            return .failure(
                TransportError(
                    .responseTooLarge, host: transfer.host,
                    detail: "more than \(ResponseLimit.describe(transfer.limit)), stackcheck's limit for one answer"))
        }
        guard code == CURLE_OK else {
            let message = String(cString: transfer.errorText)
            let detail = message.isEmpty ? String(cString: curl_loader_easy_strerror(code)) : message
            return .failure(TransportError(Self.kind(code), host: transfer.host, detail: detail))
        }
        var status = 0
        curl_loader_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &status)
        return .success(HTTPResponse(status: status, headers: transfer.headers, body: transfer.received))
    }

    nonisolated(unsafe) private static let emptyBody = UnsafeMutableRawPointer.allocate(byteCount: 1, alignment: 1)

    private static func milliseconds(_ duration: Duration) -> Int {
        let (seconds, atto) = duration.components
        return max(1, Int(seconds) * 1000 + Int(atto / 1_000_000_000_000_000))
    }

    static func hostDescription(_ url: URL) -> String {
        let host = url.host ?? "?"
        return url.port.map { "\(host):\($0)" } ?? host
    }

    private static func kind(_ code: CURLcode) -> TransportError.Kind {
        switch code {
        case CURLE_COULDNT_CONNECT: .connectionRefused
        case CURLE_OPERATION_TIMEDOUT: .timedOut
        case CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_PROXY: .dns
        case CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CERTPROBLEM,
            CURLE_SSL_CIPHER, CURLE_SSL_CACERT_BADFILE, CURLE_SSL_ISSUER_ERROR, CURLE_SSL_PINNEDPUBKEYNOTMATCH:
            .tls
        case CURLE_PARTIAL_FILE: .truncated
        case CURLE_GOT_NOTHING, CURLE_RECV_ERROR, CURLE_SEND_ERROR: .connectionClosed
        case CURLE_ABORTED_BY_CALLBACK: .cancelled
        case CURLE_URL_MALFORMAT, CURLE_UNSUPPORTED_PROTOCOL: .invalidRequest
        default: .other
        }
    }
}

/// What one transfer accumulates, and what libcurl reads for it until it is done; the C callbacks reach
/// it through their context pointer.
final class Transfer {
    /// `host[:port]`, for errors.
    let host: String
    let requestHeaders: CurlHeaderList
    let cancel: CancelFlag
    /// The most body bytes kept; past it the transfer is stopped (`overLimit`).
    let limit: Int
    /// libcurl's error text (CURLOPT_ERRORBUFFER), NUL-terminated.
    let errorText: UnsafeMutablePointer<CChar>
    var received: [UInt8] = []
    var headers: [(name: String, value: String)] = []
    var overLimit = false

    init(host: String, headers: CurlHeaderList, cancel: CancelFlag, limit: Int) {
        self.host = host
        self.requestHeaders = headers
        self.cancel = cancel
        self.limit = limit
        errorText = .allocate(capacity: Int(CURL_ERROR_SIZE) + 1)
        errorText.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
    }

    deinit { errorText.deallocate() }

    /// A Content-Length announces the size: refuse one over the limit before a byte of it arrives, and
    /// reserve the rest at once, so the buffer is never regrown (a regrowth briefly holds two copies).
    func announced(length: Int) -> Bool {
        guard length <= limit else {
            overLimit = true
            return false
        }
        if length > received.capacity { received.reserveCapacity(length) }
        return true
    }

    /// One header line as libcurl hands it over (CRLF included), read as bytes: a String per line and
    /// Unicode-aware trimming and lowercasing cost 10,000 instructions a line. False stops the transfer
    /// (an announced length over the limit).
    func header(_ line: UnsafeRawBufferPointer) -> Bool {
        if line.starts(with: "HTTP/".utf8) {
            // A new status line (after 100 Continue or a proxy CONNECT): only the final answer's headers count.
            headers = []
            return true
        }
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { return true }
        // Optional whitespace around the value (RFC 9110 5.5), and the line's end.
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A }
        var start = colon + 1
        var end = line.count
        while start < end, isSpace(line[start]) { start += 1 }
        while end > start, isSpace(line[end - 1]) { end -= 1 }
        let name = String(decoding: line[..<colon], as: UTF8.self)
        let value = String(decoding: line[start..<end], as: UTF8.self)
        headers.append((name, value))
        let contentLength = "content-length".utf8
        if colon == contentLength.count,
            zip(line[..<colon], contentLength).allSatisfy({ $0 | 0x20 == $1 }),
            let length = Int(value)
        {
            return announced(length: length)
        }
        return true
    }

    func append(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard received.count + bytes.count <= limit else {
            overLimit = true
            return false
        }
        received.append(contentsOf: bytes)
        return true
    }
}

/// How big one answer may be. AWS answers are small, but a template body or a long resource list can
/// reach megabytes; past this the answer is refused with an error naming the operation, never read
/// into memory without bound.
public enum ResponseLimit {
    public static let maxBytes = 64 * 1024 * 1024

    static func describe(_ bytes: Int) -> String {
        bytes % (1024 * 1024) == 0 ? "\(bytes / (1024 * 1024)) MiB" : "\(bytes) bytes"
    }
}

/// A curl_slist of request headers, freed when the owner (the transfer) lets go.
final class CurlHeaderList {
    private(set) var list: UnsafeMutablePointer<curl_slist>?

    init(_ headers: [(name: String, value: String)]) {
        for (name, value) in headers {
            // "Name;" sends an empty header; "Name:" (empty value) removes one libcurl would add.
            let line = value.isEmpty ? (Self.removable.contains(name) ? "\(name):" : "\(name);") : "\(name): \(value)"
            list = curl_loader_slist_append(list, line)
        }
    }

    deinit { curl_loader_slist_free_all(list) }

    /// Headers libcurl adds on its own; an empty value removes them instead of sending them empty.
    private static let removable: Set<String> = ["Expect", "Content-Type"]
}

enum CurlGlobal {
    private static let once: Void = {
        // libcurl initializes OpenSSL: ours must come first, or libcrypto keeps its racy exit cleanup.
        LibcryptoSetup.initialize()
        curl_loader_global_init(Int(CURL_GLOBAL_ALL))
    }()
    static func initialize() { _ = once }
}

private let curlWriteBody: curl_loader_data_callback = { data, size, count, context in
    let transfer = Unmanaged<Transfer>.fromOpaque(context!).takeUnretainedValue()
    let length = size * count
    guard let data else { return length }
    // Returning less than `length` stops the transfer (CURLE_WRITE_ERROR); `overLimit` says why.
    return transfer.append(UnsafeRawBufferPointer(start: data, count: length)) ? length : 0
}

private let curlWriteHeader: curl_loader_data_callback = { data, size, count, context in
    let transfer = Unmanaged<Transfer>.fromOpaque(context!).takeUnretainedValue()
    let length = size * count
    guard let data else { return length }
    // Returning less than `length` stops the transfer; `overLimit` says why.
    return transfer.header(UnsafeRawBufferPointer(start: data, count: length)) ? length : 0
}

private let curlProgress: curl_loader_progress_callback = { context, _, _, _, _ in
    let transfer = Unmanaged<Transfer>.fromOpaque(context!).takeUnretainedValue()
    return transfer.cancel.isSet ? 1 : 0
}
