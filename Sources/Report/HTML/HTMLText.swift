/// The one HTML escaper: text and attribute values alike (`&`, `<`, `>`, `"`, `'`).
public enum HTMLText {
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// `name="value"` with the value escaped.
    public static func attribute(_ name: String, _ value: String) -> String {
        "\(name)=\"\(escape(value))\""
    }
}
