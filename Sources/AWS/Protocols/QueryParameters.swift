/// The form parameters of a query-protocol request, in the order they were set.
public struct QueryParameters: Sendable, Equatable {
    public private(set) var items: [Item] = []

    public struct Item: Sendable, Equatable {
        public var name: String
        public var value: String
    }

    public init() {}

    /// Parameters from name-value pairs, in order; nil values are left out.
    public init(_ pairs: KeyValuePairs<String, String?>) {
        for (name, value) in pairs { set(name, value) }
    }

    public mutating func set(_ name: String, _ value: String?) {
        guard let value else { return }
        items.append(Item(name: name, value: value))
    }

    public mutating func set(_ name: String, _ value: Int?) { set(name, value.map(String.init)) }

    public mutating func set(_ name: String, _ value: Bool?) { set(name, value.map { $0 ? "true" : "false" }) }

    /// A list as the query protocol wants it: `Name.member.1=a&Name.member.2=b`.
    public mutating func list(_ name: String, _ values: [String]) {
        for (index, value) in values.enumerated() { set("\(name).member.\(index + 1)", value) }
    }

    /// A list as EC2 wants it: `Name.1=a&Name.2=b`.
    public mutating func ec2List(_ name: String, _ values: [String]) {
        for (index, value) in values.enumerated() { set("\(name).\(index + 1)", value) }
    }

    /// A list of structures: `Name.member.N.Field=...`, one closure call per element.
    public mutating func structures<T>(
        _ name: String, _ values: [T], member: Bool = true, _ fill: (inout QueryParameters, String, T) -> Void
    ) {
        for (index, value) in values.enumerated() {
            fill(&self, member ? "\(name).member.\(index + 1)" : "\(name).\(index + 1)", value)
        }
    }

    /// The form body: `Action=...&Version=...&` then the parameters, each percent-encoded.
    public func formBody(action: String, version: String) -> String {
        ([Item(name: "Action", value: action), Item(name: "Version", value: version)] + items)
            .map { "\(Self.encode($0.name))=\(Self.encode($0.value))" }
            .joined(separator: "&")
    }

    /// RFC 3986 percent-encoding: everything but unreserved characters, as SigV4 expects.
    public static func encode(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."),
                UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
