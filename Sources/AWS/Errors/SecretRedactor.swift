import Foundation
import Synchronization

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

    /// The standard environment's secrets, remembered before anything could echo them.
    public static func rememberEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) {
        remember([
            environment["AWS_SECRET_ACCESS_KEY"], environment["AWS_SESSION_TOKEN"], environment["AWS_SECURITY_TOKEN"],
        ])
    }

    public static func redact(_ text: String) -> String {
        var out = text
        for secret in known.all where out.contains(secret) {
            out = out.replacingOccurrences(of: secret, with: mask)
        }
        // The patterns cost a regular-expression pass each over the whole text (a drift report's JSON is
        // hundreds of kilobytes for a fleet): run them only when one of their names is in it. A
        // case-insensitive match of a name can hide in non-ASCII text (`ſ` folds to `s`), so such text
        // always gets the patterns.
        guard RedactionNames.mayMatch(out) else { return out }
        for pattern in patterns {
            out = pattern.apply(out)
        }
        return out
    }

    /// A name, then the value AWS writes after it (up to a delimiter), masked.
    private struct Pattern {
        var regex: NSRegularExpression

        init(_ expression: String) {
            regex = try! NSRegularExpression(pattern: expression, options: [.caseInsensitive])
        }

        func apply(_ text: String) -> String {
            let range = NSRange(text.startIndex..., in: text)
            guard regex.firstMatch(in: text, range: range) != nil else { return text }
            return regex.stringByReplacingMatches(in: text, range: range, withTemplate: "$1" + SecretRedactor.mask)
        }
    }

    // Values end at whitespace, quotes, `&`, `<` (XML) or `,` (Authorization's parts).
    private static let patterns: [Pattern] = [
        // `Authorization: AWS4-HMAC-SHA256 Credential=..., Signature=...`: the whole header value.
        Pattern(#"(authorization"?\s*[:=]\s*"?)[^\r\n"'<]+"#),
        // `x-amz-security-token:TOKEN` (canonical request), `X-Amz-Security-Token: TOKEN`, `...=TOKEN`.
        Pattern(#"(x-amz-security-token"?\s*[:=]\s*"?)[^\s"'&<,]+"#),
        Pattern(#"(x-amz-signature\s*[:=]\s*)[^\s"'&<,]+"#),
        Pattern(#"(\bsignature\s*=\s*)[0-9a-f]{16,}"#),
        Pattern(#"(aws_secret_access_key"?\s*[:=]\s*"?)[^\s"'&<,]+"#),
        Pattern(#"(aws_session_token"?\s*[:=]\s*"?)[^\s"'&<,]+"#),
    ]
}

/// The secrets seen so far, with their percent-encoded forms (a token in a query string or form body).
private final class KnownSecrets: Sendable {
    private let values = Mutex<Set<String>>([])

    func add(_ secrets: [String]) {
        values.withLock { values in
            for secret in secrets {
                values.insert(secret)
                if let encoded = secret.addingPercentEncoding(withAllowedCharacters: .alphanumerics) {
                    values.insert(encoded)
                }
            }
        }
    }

    /// Longest first, so a secret that contains another is masked whole.
    var all: [String] { values.withLock { $0.sorted { $0.count > $1.count } } }
}
