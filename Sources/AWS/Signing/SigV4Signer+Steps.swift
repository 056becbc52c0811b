import FoundationEssentials

/// The steps of SigV4, each a pure function, named as in AWS's description of the algorithm.
extension SigV4Signer {
    /// Step 1: method, canonical URI, canonical query, canonical headers, signed header names and payload
    /// hash, one per line. `path` and `query` are the wire forms; `headers` are exactly the ones to sign.
    public func canonicalRequest(
        method: String, path: String, query: String, headers: [(name: String, value: String)], payloadHash: String
    ) -> String {
        let canonicalHeaders = SigV4Canonical.headers(headers)
        return [
            method.uppercased(),
            SigV4Canonical.uri(path, normalize: options.normalizesPath, encode: options.doubleEncodesPath),
            SigV4Canonical.query(query),
            canonicalHeaders.map { "\($0.name):\($0.value)\n" }.joined(),
            canonicalHeaders.map(\.name).joined(separator: ";"),
            payloadHash,
        ].joined(separator: "\n")
    }

    /// The `SignedHeaders` value: lower-cased, sorted, distinct names joined by `;`.
    public func signedHeaders(_ headers: [(name: String, value: String)]) -> String {
        SigV4Canonical.headers(headers).map(\.name).joined(separator: ";")
    }

    /// `20150830/us-east-1/iam/aws4_request`
    public func credentialScope(date: Date) -> String {
        "\(SigV4Timestamp(date).scopeDate)/\(region)/\(service)/aws4_request"
    }

    /// Step 2: algorithm, timestamp, credential scope, and the hex SHA-256 of the canonical request.
    public func stringToSign(canonicalRequest: String, date: Date) -> String {
        [
            Self.algorithm, SigV4Timestamp(date).amzDate, credentialScope(date: date),
            Digest.sha256Hex(canonicalRequest),
        ].joined(separator: "\n")
    }

    /// Step 3: the key derived from the secret through date, region, service and `aws4_request`.
    public func signingKey(secretAccessKey: String, date: Date) -> [UInt8] {
        let scopeDate = SigV4Timestamp(date).scopeDate
        return SigV4KeyCache.shared.key(secret: secretAccessKey, scope: "\(scopeDate)/\(region)/\(service)") {
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
        "\(Self.algorithm) Credential=\(accessKeyId)/\(credentialScope(date: date)), "
            + "SignedHeaders=\(signedHeaders), Signature=\(signature)"
    }
}
