import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads HTTP/1.1 requests off one connected socket: head, then a body by Content-Length or chunked.
final class SocketReader {
    private let fd: Int32
    private var buffer: [UInt8] = []

    init(fd: Int32) { self.fd = fd }

    /// The next request, or nil when the peer closed or sent something unreadable.
    func readRequest(connection: Int) -> RecordedRequest? {
        guard let headEnd = fill(until: { Self.find([13, 10, 13, 10], in: $0) }) else { return nil }
        let head = String(decoding: buffer[..<headEnd], as: UTF8.self)
        buffer.removeFirst(headEnd + 4)
        var lines = head.components(separatedBy: "\r\n")
        let requestLine = lines.removeFirst().split(separator: " ")
        guard requestLine.count >= 2 else { return nil }
        var headers: [(name: String, value: String)] = []
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers.append(
                (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)))
        }
        var request = RecordedRequest(
            method: String(requestLine[0]), target: String(requestLine[1]), headers: headers, body: [],
            connection: connection)
        if request.header("Expect")?.lowercased() == "100-continue" {
            let interim = Array("HTTP/1.1 100 Continue\r\n\r\n".utf8)
            _ = interim.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        }
        if request.header("Transfer-Encoding")?.lowercased().contains("chunked") == true {
            guard let body = readChunked() else { return nil }
            request.body = body
        } else if let length = Int(request.header("Content-Length") ?? "0"), length > 0 {
            guard fill(until: { $0.count >= length ? length : nil }) != nil else { return nil }
            request.body = Array(buffer.prefix(length))
            buffer.removeFirst(length)
        }
        return request
    }

    private func readChunked() -> [UInt8]? {
        var body: [UInt8] = []
        while true {
            guard let lineEnd = fill(until: { Self.find([13, 10], in: $0) }) else { return nil }
            let sizeText = String(decoding: buffer[..<lineEnd], as: UTF8.self).split(separator: ";").first ?? ""
            guard let size = Int(sizeText.trimmingCharacters(in: .whitespaces), radix: 16) else { return nil }
            buffer.removeFirst(lineEnd + 2)
            if size == 0 {
                // Trailers (none expected) end with an empty line.
                guard let end = fill(until: { Self.find([13, 10], in: $0) }) else { return nil }
                buffer.removeFirst(end + 2)
                return body
            }
            guard fill(until: { $0.count >= size + 2 ? size : nil }) != nil else { return nil }
            body += buffer.prefix(size)
            buffer.removeFirst(size + 2)
        }
    }

    /// Reads until `found` returns an index into the buffer; nil at end of stream.
    private func fill(until found: ([UInt8]) -> Int?) -> Int? {
        while true {
            if let index = found(buffer) { return index }
            var chunk = [UInt8](repeating: 0, count: 16 * 1024)
            let count = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if count < 0, errno == EINTR { continue }
            if count <= 0 { return nil }
            buffer += chunk.prefix(count)
        }
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for start in 0...(haystack.count - needle.count)
        where haystack[start..<start + needle.count].elementsEqual(needle) {
            return start
        }
        return nil
    }
}
