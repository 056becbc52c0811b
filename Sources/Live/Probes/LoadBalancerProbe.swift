import AWS
import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `alb-dns`: the stack's `LoadBalancerDNS` output, optionally resolved and asked for a path over HTTP.
struct LoadBalancerProbe: Probe {
    let pattern = "alb-dns"
    let readsResources = false
    let summary =
        "the stack has a LoadBalancerDNS output; with --resolve it resolves, with --http-path it answers 2xx/3xx"

    func evaluate(_ context: ProbeContext) async throws -> [ProbeResult] {
        let evaluation = await Self.evaluate(
            dnsName: context.snapshot.output("LoadBalancerDNS"), stackSettled: context.settled,
            resolve: context.options.resolve, httpPath: context.options.httpPath, transport: context.transport)
        return [(name, evaluation)]
    }

    static func evaluate(
        dnsName: String?, stackSettled: Bool, resolve: Bool, httpPath: String?, transport: any HTTPTransport
    ) async -> Evaluation {
        guard let dnsName, !dnsName.isEmpty else {
            return .failing("the stack has no LoadBalancerDNS output", final: stackSettled)
        }
        var detail = dnsName
        if resolve || httpPath != nil {
            switch await Self.addresses(of: dnsName) {
            case .failure(let why): return .failing("\(dnsName) does not resolve: \(why.description)")
            case .success(let addresses): detail += " resolves to \(addresses.prefix(3).joined(separator: ", "))"
            }
        }
        if let httpPath {
            let path = httpPath.hasPrefix("/") ? httpPath : "/" + httpPath
            guard let url = URL(string: "http://\(dnsName)\(path)") else {
                return .failing("cannot make a URL of http://\(dnsName)\(path)", final: true)
            }
            do {
                let response = try await transport.send(HTTPRequest(method: "GET", url: url), timeout: .seconds(5))
                detail += "; GET \(path) answered \(response.status)"
                if !(200..<400).contains(response.status) { return .failing(detail) }
            } catch {
                return .failing(detail + "; GET \(path) got no answer: \(error)")
            }
        }
        return .passing(detail)
    }

    /// getaddrinfo blocks; it runs on its own thread, never on the cooperative pool.
    static func addresses(of host: String) async -> Result<[String], SmokeError> {
        await withCheckedContinuation { continuation in
            DetachedThread.start {
                continuation.resume(returning: lookup(host))
            }
        }
    }

    private static func lookup(_ host: String) -> Result<[String], SmokeError> {
        var hints = addrinfo()
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var result: UnsafeMutablePointer<addrinfo>?
        let code = getaddrinfo(host, nil, &hints, &result)
        guard code == 0, let first = result else {
            return .failure(
                SmokeError(
                    host: host, gai_strerror(code).map { String(validatingCString: $0) ?? "" } ?? "lookup failed"))
        }
        defer { freeaddrinfo(result) }
        var addresses: [String] = []
        var cursor: UnsafeMutablePointer<addrinfo>? = first
        while let info = cursor {
            var buffer = [CChar](repeating: 0, count: Int(NI_MAXHOST))
            if getnameinfo(
                info.pointee.ai_addr, info.pointee.ai_addrlen, &buffer, socklen_t(buffer.count), nil, 0,
                NI_NUMERICHOST) == 0
            {
                let address = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
                if !addresses.contains(address) { addresses.append(address) }
            }
            cursor = info.pointee.ai_next
        }
        return .success(addresses)
    }
}
