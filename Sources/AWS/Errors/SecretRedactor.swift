import FoundationEssentials
import Synchronization
import TextBasics

/// Removes secrets from any text before stackcheck prints or stores it: the secret access keys and
/// session tokens this process has used (and their URL-encoded forms), and whatever follows the names
/// AWS echoes them under: `Authorization`, `X-Amz-Security-Token` (as a header, a canonical-request
/// line or a query parameter), `X-Amz-Signature` and `Signature=`. AWS's SignatureDoesNotMatch message
/// carries the canonical request and string to sign, session token included; that is why every
/// AWSError's message passes through here, and every output sink (stdout, stderr, reports, watch
/// history, webhook bodies) passes through here again.
///
///     SecretRedactor.remember(credentials)          // the client does this for every key it signs with
///     let safe = SecretRedactor.redact(message)     // "... x-amz-security-token:<redacted> ..."
public enum SecretRedactor {
    public static let mask = "<redacted>"

    private static let known = KnownSecrets()

    /// Secrets shorter than this are not masked as literals (they would hit ordinary words); the
    /// patterns below still mask them where AWS puts them.
    static let minimumLiteral = 8

    /// Masks these values wherever they appear from now on.
    public static func remember(_ values: [String?]) {
        known.add(values.compactMap { $0 }.filter { $0.count >= minimumLiteral })
    }

    public static func remember(_ credentials: Credentials) {
        remember([credentials.secretAccessKey, credentials.sessionToken])
    }

    /// The environment variables that hold AWS secrets.
    public static let secretVariables = ["AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_SECURITY_TOKEN"]

    /// The standard environment's secrets, remembered before anything could echo them.
    public static func rememberEnvironment(_ environment: [String: String] = EnvironmentValues.named(secretVariables)) {
        remember(secretVariables.map { environment[$0] })
    }

    public static func redact(_ text: String) -> String {
        var out = text
        for secret in known.all where out.literalRange(of: secret) != nil {
            out = out.replacingLiteral(secret, with: mask)
        }
        // The patterns cost a pass each over the whole text (a drift report's JSON is hundreds of kilobytes
        // for a fleet): run them only when one of their names is in it. A
        // case-insensitive match of a name can hide in non-ASCII text (`ſ` folds to `s`), so such text
        // always gets the patterns.
        guard RedactionNames.mayMatch(out) else { return out }
        for pattern in patterns {
            out = pattern.apply(out, mask: mask)
        }
        return out
    }

    // Values end at whitespace, quotes, `&`, `<` (XML) or `,` (Authorization's parts).
    static let patterns: [RedactionPattern] = [
        // `Authorization: AWS4-HMAC-SHA256 Credential=..., Signature=...`: the whole header value.
        // #"(authorization"?\s*[:=]\s*"?)[^\r\n"'<]+"#
        RedactionPattern(
            steps: [.name("authorization"), .optional("\""), .spaces, .oneOf(":="), .spaces, .optional("\"")],
            minimumValue: 1, isValue: { !"\r\n\"'<".unicodeScalars.contains($0) }),
        // `x-amz-security-token:TOKEN` (canonical request), `X-Amz-Security-Token: TOKEN`, `...=TOKEN`.
        // #"(x-amz-security-token"?\s*[:=]\s*"?)[^\s"'&<,]+"#
        quotedName("x-amz-security-token"),
        // #"(x-amz-signature\s*[:=]\s*)[^\s"'&<,]+"#
        RedactionPattern(
            steps: [.name("x-amz-signature"), .spaces, .oneOf(":="), .spaces], minimumValue: 1, isValue: isToken),
        // #"(\bsignature\s*=\s*)[0-9a-f]{16,}"#
        RedactionPattern(
            steps: [.wordBoundary, .name("signature"), .spaces, .oneOf("="), .spaces], minimumValue: 16,
            isValue: { ("0"..."9").contains($0) || ("a"..."f").contains(RedactionPattern.folded($0)) }),
        // #"(aws_secret_access_key"?\s*[:=]\s*"?)[^\s"'&<,]+"#
        quotedName("aws_secret_access_key"),
        // #"(aws_session_token"?\s*[:=]\s*"?)[^\s"'&<,]+"#
        quotedName("aws_session_token"),
    ]

    /// `name"?\s*[:=]\s*"?` then a token.
    private static func quotedName(_ name: String) -> RedactionPattern {
        RedactionPattern(
            steps: [.name(name), .optional("\""), .spaces, .oneOf(":="), .spaces, .optional("\"")], minimumValue: 1,
            isValue: isToken)
    }

    /// `[^\s"'&<,]`
    @Sendable private static func isToken(_ scalar: Unicode.Scalar) -> Bool {
        !RedactionPattern.isSpace(scalar) && !"\"'&<,".unicodeScalars.contains(scalar)
    }
}

/// The secrets seen so far, with their percent-encoded forms (a token in a query string or form body).
private final class KnownSecrets: Sendable {
    private let values = Mutex<Set<String>>([])

    func add(_ secrets: [String]) {
        values.withLock { values in
            for secret in secrets {
                values.insert(secret)
                values.insert(secret.percentEncodingNonAlphanumerics())
            }
        }
    }

    /// Longest first, so a secret that contains another is masked whole.
    var all: [String] { values.withLock { $0.sorted { $0.count > $1.count } } }
}
