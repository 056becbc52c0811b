import FoundationEssentials

/// The steps of SigV4, each a pure function, named as in AWS's description of the algorithm.
///
/// Each public step takes the signing `Date`; `signHeaders` calls the internal forms that take the
/// timestamp and the canonical headers already worked out, so one signing renders the date once and
/// canonicalizes the headers once (it did both five and two times, a fifth of a request's instructions).
extension SigV4Signer {
    /// Step 1: method, canonical URI, canonical query, canonical headers, signed header names and payload
    /// hash, one per line. `path` and `query` are the wire forms; `headers` are exactly the ones to sign.
    public func canonicalRequest(
        method: String, path: String, query: String, headers: [(name: String, value: String)], payloadHash: String
    ) -> String {
        canonicalRequest(
            method: method, path: path, query: query, canonicalHeaders: SigV4Canonical.headers(headers),
            payloadHash: payloadHash)
    }

    func canonicalRequest(
        method: String, path: String, query: String, canonicalHeaders: [(name: String, value: String)],
        payloadHash: String
    ) -> String {
        var out = method.uppercased()
        out += "\n"
        out += SigV4Canonical.uri(path, normalize: options.normalizesPath, encode: options.doubleEncodesPath)
        out += "\n"
        out += SigV4Canonical.query(query)
        out += "\n"
        for header in canonicalHeaders {
            out += header.name
            out += ":"
            out += header.value
            out += "\n"
        }
        out += "\n"
        out += Self.signedHeaders(canonical: canonicalHeaders)
        out += "\n"
        out += payloadHash
        return out
    }

    /// The `SignedHeaders` value: lower-cased, sorted, distinct names joined by `;`.
    public func signedHeaders(_ headers: [(name: String, value: String)]) -> String {
        Self.signedHeaders(canonical: SigV4Canonical.headers(headers))
    }

    static func signedHeaders(canonical: [(name: String, value: String)]) -> String {
        var out = ""
        for (index, header) in canonical.enumerated() {
            if index > 0 { out += ";" }
            out += header.name
        }
        return out
    }

    /// `20150830/us-east-1/iam/aws4_request`
    public func credentialScope(date: Date) -> String { credentialScope(time: SigV4Timestamp(date)) }

    func credentialScope(time: SigV4Timestamp) -> String {
        time.scopeDate + "/" + region + "/" + service + "/aws4_request"
    }

    /// Step 2: algorithm, timestamp, credential scope, and the hex SHA-256 of the canonical request.
    public func stringToSign(canonicalRequest: String, date: Date) -> String {
        stringToSign(canonicalRequest: canonicalRequest, time: SigV4Timestamp(date))
    }

    func stringToSign(canonicalRequest: String, time: SigV4Timestamp) -> String {
        Self.algorithm + "\n" + time.amzDate + "\n" + credentialScope(time: time) + "\n"
            + Digest.sha256Hex(canonicalRequest)
    }

    /// Step 3: the key derived from the secret through date, region, service and `aws4_request`.
    public func signingKey(secretAccessKey: String, date: Date) -> [UInt8] {
        signingKey(secretAccessKey: secretAccessKey, time: SigV4Timestamp(date))
    }

    func signingKey(secretAccessKey: String, time: SigV4Timestamp) -> [UInt8] {
        let scopeDate = time.scopeDate
        return SigV4KeyCache.shared.key(secret: secretAccessKey, scope: scopeDate + "/" + region + "/" + service) {
            let dateKey = Digest.hmacSHA256(key: Array("AWS4\(secretAccessKey)".utf8), scopeDate)
            let regionKey = Digest.hmacSHA256(key: dateKey, region)
            let serviceKey = Digest.hmacSHA256(key: regionKey, service)
            return Digest.hmacSHA256(key: serviceKey, "aws4_request")
        }
    }

    /// Step 4: the hex HMAC-SHA256 of the string to sign under the signing key.
    public func signature(signingKey: [UInt8], stringToSign: String) -> String {
        Digest.hex(Digest.hmacSHA256(key: signingKey, stringToSign))
    }

    /// Step 5: the `Authorization` header value.
    public func authorization(accessKeyId: String, date: Date, signedHeaders: String, signature: String) -> String {
        authorization(accessKeyId: accessKeyId, time: SigV4Timestamp(date), signedHeaders: signedHeaders, signature: signature)
    }

    func authorization(accessKeyId: String, time: SigV4Timestamp, signedHeaders: String, signature: String) -> String {
        Self.algorithm + " Credential=" + accessKeyId + "/" + credentialScope(time: time) + ", SignedHeaders="
            + signedHeaders + ", Signature=" + signature
    }
}
