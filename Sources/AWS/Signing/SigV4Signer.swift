import FoundationEssentials

/// AWS Signature Version 4, as a pure value: the same request, credentials and clock reading always give
/// the same signature. The clock is injected so tests (and the official vectors) can fix the time.
///
/// `sign` adds `Authorization` and friends to a request's headers; `presign` moves the signature into the
/// query string. `signHeaders`/`signQuery` do the same from raw wire parts and also return every
/// intermediate (canonical request, string to sign), and the step methods in `SigV4Signer+Steps.swift`
/// are each one step of the algorithm.
public struct SigV4Signer: Sendable {
    /// How a service wants its requests signed. The defaults are right for every service but S3.
    public struct Options: Sendable, Hashable {
        /// Remove `.`/`..` segments and repeated slashes from the path before signing (not S3).
        public var normalizesPath: Bool
        /// Percent-encode the already-encoded wire path once more (not S3).
        public var doubleEncodesPath: Bool
        /// Send and sign the payload hash as `x-amz-content-sha256` (S3).
        public var contentSHA256Header: Bool
        /// Sign `UNSIGNED-PAYLOAD` instead of the body's hash (S3 presigned URLs, streaming uploads).
        public var unsignedPayload: Bool
        /// Add the session token after signing instead of signing it (a few services want that).
        public var sessionTokenAfterSigning: Bool

        public init(
            normalizesPath: Bool = true, doubleEncodesPath: Bool = true, contentSHA256Header: Bool = false,
            unsignedPayload: Bool = false, sessionTokenAfterSigning: Bool = false
        ) {
            self.normalizesPath = normalizesPath
            self.doubleEncodesPath = doubleEncodesPath
            self.contentSHA256Header = contentSHA256Header
            self.unsignedPayload = unsignedPayload
            self.sessionTokenAfterSigning = sessionTokenAfterSigning
        }

        public static let s3 = Options(normalizesPath: false, doubleEncodesPath: false, contentSHA256Header: true)
    }

    /// Everything one signing produced: the intermediates (for tests and for explaining a signature
    /// mismatch) and what to send.
    public struct Signed: Sendable {
        public var canonicalRequest: String
        public var stringToSign: String
        public var signature: String
        /// The headers to send: the request's own plus the ones signing added.
        public var headers: [(name: String, value: String)]
        /// The raw (percent-encoded) query string to send; for `signQuery` it carries the signature.
        public var query: String
    }

    public static let algorithm = "AWS4-HMAC-SHA256"

    public var service: String
    public var region: String
    public var options: Options
    public var clock: @Sendable () -> Date

    /// - Parameters:
    ///   - service: the signing name (`cloudformation`, `ecs`, `elasticloadbalancing`, `sts`, ...).
    ///   - region: the signing region (`us-east-1` for IAM, which is global).
    public init(
        service: String, region: String, options: Options = Options(),
        clock: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.service = service
        self.region = region
        self.options = options
        self.clock = clock
    }

    /// The request with `Host`, `X-Amz-Date`, `X-Amz-Security-Token` (temporary credentials) and
    /// `Authorization` headers. Signing a request again replaces the earlier signature's headers.
    public func sign(_ request: HTTPRequest, credentials: Credentials) -> HTTPRequest {
        let parts = WireParts(request.url)
        var headers = request.headers.filter { !Self.replacedOnResign.contains($0.name.lowercased()) }
        if !headers.contains(where: { $0.name.lowercased() == "host" }) {
            headers.insert((name: "Host", value: parts.host), at: 0)
        }
        let signed = signHeaders(
            method: request.method, path: parts.path, query: parts.query, headers: headers, body: request.body,
            credentials: credentials)
        var out = request
        out.headers = signed.headers
        return out
    }

    /// The request with the signature in its query string, valid for `expires` seconds (at most 7 days).
    public func presign(_ request: HTTPRequest, credentials: Credentials, expires: Int) -> HTTPRequest {
        let parts = WireParts(request.url)
        var headers = request.headers
        if !headers.contains(where: { $0.name.lowercased() == "host" }) {
            headers.insert((name: "Host", value: parts.host), at: 0)
        }
        let signed = signQuery(
            method: request.method, path: parts.path, query: parts.query, headers: headers, body: request.body,
            credentials: credentials, expires: expires)
        var out = request
        var components = URLComponents(url: request.url, resolvingAgainstBaseURL: false)
        components?.percentEncodedQuery = signed.query
        out.url = components?.url ?? request.url
        out.headers = signed.headers
        return out
    }

    /// Header signing from the wire parts of a request: `path` and `query` exactly as sent (percent-encoded),
    /// `headers` including `Host`.
    public func signHeaders(
        method: String, path: String, query: String, headers: [(name: String, value: String)], body: [UInt8],
        credentials: Credentials
    ) -> Signed {
        let date = clock()
        let time = SigV4Timestamp(date)
        let hash = payloadHash(body)
        var toSign = headers
        toSign.append((name: "X-Amz-Date", value: time.amzDate))
        if options.contentSHA256Header { toSign.append((name: "x-amz-content-sha256", value: hash)) }
        var after: [(name: String, value: String)] = []
        if let token = credentials.sessionToken {
            if options.sessionTokenAfterSigning {
                after.append((name: "X-Amz-Security-Token", value: token))
            } else {
                toSign.append((name: "X-Amz-Security-Token", value: token))
            }
        }
        let signable = toSign.filter { !Self.isUnsigned($0.name) }
        let canonicalHeaders = SigV4Canonical.headers(signable)
        let canonical = canonicalRequest(
            method: method, path: path, query: query, canonicalHeaders: canonicalHeaders, payloadHash: hash)
        let sts = stringToSign(canonicalRequest: canonical, time: time)
        let signature = signature(
            signingKey: signingKey(secretAccessKey: credentials.secretAccessKey, time: time), stringToSign: sts)
        let authorization = authorization(
            accessKeyId: credentials.accessKeyId, time: time,
            signedHeaders: Self.signedHeaders(canonical: canonicalHeaders), signature: signature)
        return Signed(
            canonicalRequest: canonical, stringToSign: sts, signature: signature,
            headers: toSign + after + [(name: "Authorization", value: authorization)], query: query)
    }

    /// Query (presigned URL) signing from the wire parts of a request, as `signHeaders`.
    public func signQuery(
        method: String, path: String, query: String, headers: [(name: String, value: String)], body: [UInt8],
        credentials: Credentials, expires: Int
    ) -> Signed {
        let date = clock()
        let time = SigV4Timestamp(date)
        let signable = headers.filter { !Self.isUnsigned($0.name) }
        var added: [(String, String)] = [
            ("X-Amz-Algorithm", Self.algorithm),
            ("X-Amz-Credential", "\(credentials.accessKeyId)/\(credentialScope(date: date))"),
            ("X-Amz-Date", time.amzDate),
            ("X-Amz-Expires", String(expires)),
        ]
        var after = ""
        if let token = credentials.sessionToken {
            let item = "X-Amz-Security-Token=" + SigV4Canonical.uriEncode(token, keepSlash: false)
            if options.sessionTokenAfterSigning {
                after = "&" + item
            } else {
                added.append(("X-Amz-Security-Token", token))
            }
        }
        added.append(("X-Amz-SignedHeaders", signedHeaders(signable)))
        let addedQuery = added.map { "\($0.0)=\(SigV4Canonical.uriEncode($0.1, keepSlash: false))" }
            .joined(separator: "&")
        let fullQuery = query.isEmpty ? addedQuery : query + "&" + addedQuery
        let canonical = canonicalRequest(
            method: method, path: path, query: fullQuery, headers: signable, payloadHash: payloadHash(body))
        let sts = stringToSign(canonicalRequest: canonical, date: date)
        let signature = signature(
            signingKey: signingKey(secretAccessKey: credentials.secretAccessKey, date: date), stringToSign: sts)
        return Signed(
            canonicalRequest: canonical, stringToSign: sts, signature: signature, headers: headers,
            query: fullQuery + after + "&X-Amz-Signature=" + signature)
    }

    /// The hex SHA-256 of the body, or `UNSIGNED-PAYLOAD` when the options say so.
    public func payloadHash(_ body: [UInt8]) -> String {
        options.unsignedPayload ? "UNSIGNED-PAYLOAD" : Digest.sha256Hex(body)
    }

    /// Headers a proxy or the HTTP stack may add or rewrite: signing them would break the signature.
    static let unsignedHeaders: Set<String> = [
        "authorization", "user-agent", "x-amzn-trace-id", "expect", "transfer-encoding", "connection",
    ]

    /// Whether a header is one of `unsignedHeaders`; a name with no capital letter (most of them) is looked
    /// up without making a lower-cased copy.
    static func isUnsigned(_ name: String) -> Bool {
        unsignedHeaders.contains(name.utf8.contains { $0 >= 0x41 && $0 <= 0x5A } ? name.lowercased() : name)
    }

    /// What an earlier signing of the same request added.
    static let replacedOnResign: Set<String> = [
        "authorization", "x-amz-date", "x-amz-security-token", "x-amz-content-sha256",
    ]
}

/// The wire form of a URL's parts: what the transport sends in the request line and `Host` header.
struct WireParts {
    let host: String
    let path: String
    let query: String

    init(_ url: URL) {
        let components = URLComponents(url: url, resolvingAgainstBaseURL: false)
        var host = components?.percentEncodedHost ?? url.host ?? ""
        if host.contains(":"), !host.hasPrefix("[") { host = "[\(host)]" }
        let scheme = url.scheme?.lowercased()
        if let port = components?.port, !(scheme == "http" && port == 80), !(scheme == "https" && port == 443) {
            host += ":\(port)"
        }
        self.host = host
        self.path = components?.percentEncodedPath ?? "/"
        self.query = components?.percentEncodedQuery ?? ""
    }
}
