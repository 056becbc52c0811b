import Testing

@testable import AWS

/// The redactor's shortcut: texts without any pattern's name skip the regular expressions, and every
/// text that could match still gets them.
@Suite("RedactionNames")
struct RedactionNamesTests {
    @Test func aTextWithoutTheNamesSkipsThePatterns() {
        #expect(!RedactionNames.mayMatch(#"{"stack": "bench", "status": "IN_SYNC", "signatur": 1}"#))
        #expect(!RedactionNames.mayMatch(""))
        // The scan stops at each name's rarest letter (`k` of token): a name cut short at an end is none.
        for text in ["ken=1", "toke", "t0ken", "okens", "signatur", "ignature", "authorizatio", "secret_access_key"] {
            #expect(!RedactionNames.mayMatch(text), "\(text)")
        }
    }

    @Test func aNameAtEitherEndOfTheTextIsFound() {
        for text in ["token", "x token", "Token=", "signature", "zz authorization", "aws_secret_access_key"] {
            #expect(RedactionNames.mayMatch(text), "\(text)")
        }
    }

    @Test func everyNameInAnyLetterCaseStillGetsThePatterns() {
        for text in [
            "AUTHORIZATION: AWS4", "X-Amz-Security-TOKEN=abc", "x-amz-signature=0a", "SiGnAtUrE=0123",
            "Aws_Secret_Access_Key = x", "aws_session_token:x",
        ] {
            #expect(RedactionNames.mayMatch(text), "\(text)")
        }
    }

    @Test func nonASCIITextAlwaysGetsThePatterns() {
        // `ſ` (U+017F) folds to `s` in a case-insensitive match, so ASCII names cannot be looked for bytewise.
        #expect(RedactionNames.mayMatch("ſignature=0123456789abcdef0123"))
        #expect(RedactionNames.mayMatch("café"))
    }

    @Test func redactingStillMasksUpperCaseNames() {
        let safe = SecretRedactor.redact("X-AMZ-SIGNATURE=0a1b2c3d4e5f60718293a4b5c6d7e8f9 AUTHORIZATION: AWS4 secret")
        #expect(!safe.contains("0a1b2c3d4e5f60718293a4b5c6d7e8f9"))
        #expect(!safe.contains("secret"))
        let plain = #"{"stack": "bench", "findings": []}"#
        #expect(SecretRedactor.redact(plain) == plain)
    }
}
