/// The one markup escaper, for HTML and XML: text and attribute values alike (`&`, `<`, `>`, `"`, `'`).
public enum HTMLText {
    public static func escape(_ text: String) -> String { escape(text, xml: false) }

    /// With `xml`, as XML 1.0 (JUnit) wants it: `&apos;`, line breaks and tabs as character references (an
    /// attribute keeps them that way), and the characters XML cannot carry at all dropped.
    public static func escape(_ text: String, xml: Bool) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += xml ? "&apos;" : "&#39;"
            case "\n" where xml: out += "&#10;"
            case "\t" where xml: out += "&#9;"
            case _ where xml && (scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF): continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// `name="value"` with the value escaped.
    public static func attribute(_ name: String, _ value: String) -> String {
        "\(name)=\"\(escape(value))\""
    }
}
