import Foundation
import Testing

@testable import AWS

/// The redactor's patterns, matched by hand since the shipped targets left full Foundation, mask exactly what
/// the ICU regular expressions they replace (NSRegularExpression, case-insensitive) masked.
@Suite("RedactionPattern")
struct RedactionPatternTests {
    /// The expressions SecretRedactor used, in its order.
    static let expressions = [
        #"(authorization"?\s*[:=]\s*"?)[^\r\n"'<]+"#,
        #"(x-amz-security-token"?\s*[:=]\s*"?)[^\s"'&<,]+"#,
        #"(x-amz-signature\s*[:=]\s*)[^\s"'&<,]+"#,
        #"(\bsignature\s*=\s*)[0-9a-f]{16,}"#,
        #"(aws_secret_access_key"?\s*[:=]\s*"?)[^\s"'&<,]+"#,
        #"(aws_session_token"?\s*[:=]\s*"?)[^\s"'&<,]+"#,
    ]

    static func byRegularExpressions(_ text: String) -> String {
        var out = text
        for expression in expressions {
            let regex = try! NSRegularExpression(pattern: expression, options: [.caseInsensitive])
            let range = NSRange(out.startIndex..., in: out)
            out = regex.stringByReplacingMatches(in: out, range: range, withTemplate: "$1" + SecretRedactor.mask)
        }
        return out
    }

    static let fragments = [
        "authorization", "Authorization", "AUTHORIZATION", "x-amz-security-token", "X-Amz-Security-Token",
        "x-amz-signature", "X-AMZ-SIGNATURE", "signature", "Signature", "ſignature", "aws_secret_access_key",
        "aws_session_token", "AWS_SESSION_TOKEN", "\u{212A}", ":", "=", "\"", "'", " ", "  ", "\t", "\n", "\r\n",
        "\u{A0}", "\u{2028}", "&", "<", ",", "x", "_", "é", "0123456789abcdef", "ABCDEF0123456789", "0a1b",
        "AWS4-HMAC-SHA256 Credential=AKID/20150830/us-east-1/iam/aws4_request, Signature=abc", "token", "value",
    ]

    static func byPatterns(_ text: String) -> String {
        SecretRedactor.patterns.reduce(text) { out, pattern in pattern.apply(out, mask: SecretRedactor.mask) }
    }

    /// Every text of up to nine fragments picked by a fixed stride walk (the same texts on every run).
    @Test func thousandsOfComposedTextsAreMaskedAsTheRegularExpressionsMaskedThem() {
        let count = Self.fragments.count
        for n in 0..<4000 {
            let length = 1 + n % 9
            let text = (0..<length).map { k in Self.fragments[(n * 7919 + k * k * 104_729 + k * n) % count] }.joined()
            #expect(Self.byPatterns(text) == Self.byRegularExpressions(text), "\(text.debugDescription)")
        }
    }

    @Test(arguments: [
        "Authorization: AWS4-HMAC-SHA256 Credential=AKID, Signature=0123", "authorization  :  \"  \n",
        "authorization: \"", "x-amz-security-token:TOKEN\nhost:x", "X-Amz-Security-Token=a&b=c",
        "\"x-amz-security-token\": \"IQoJb3JpZ2luX2VjE\"", "X-Amz-Signature=0a1b2c&x=1",
        "Signature=0123456789abcdef0123", "xsignature=0123456789abcdef0123", "_signature=0123456789abcdef0123",
        "ſignature=0123456789ABCDEF0123", "signature = 0123456789abcdef", "signature=0123456789abcde",
        "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG", "AWS_SESSION_TOKEN=\"FwoG\"", "é signature=0123456789abcdef9",
    ])
    func knownShapes(_ text: String) {
        #expect(Self.byPatterns(text) == Self.byRegularExpressions(text))
    }
}
