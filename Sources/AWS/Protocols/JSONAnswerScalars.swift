import FoundationEssentials
import Template

/// The scalar types a model's members are read as, each straight from a `JSONAnswerValue`.
///
/// Containers call these through their concrete `decode(String.self, ...)` overloads, so the protocol is
/// only ever used statically: nothing here is looked up at run time.
protocol JSONAnswerScalar {
    static func read(_ value: JSONAnswerValue, at place: JSONAnswerPlace) throws -> Self
}

/// The value being read: its container's path and, for a member or element, its key. Built only on
/// the way to an error's coding path.
struct JSONAnswerPlace {
    var path: JSONAnswerPath
    var key: (any CodingKey)?

    var codingPath: [any CodingKey] { path.codingPath(then: key) }

    /// The path of the value itself, for decoding a model from it.
    var pathOfValue: JSONAnswerPath { key.map { path.appending($0) } ?? path }

    func mismatch(_ type: Any.Type, _ value: JSONAnswerValue) -> DecodingError {
        if case .null = value {
            return .valueNotFound(
                type, .init(codingPath: codingPath, debugDescription: "Expected \(type) value but found null instead."))
        }
        return .typeMismatch(
            type, .init(codingPath: codingPath, debugDescription: "Expected to decode \(type) but found \(value.kind).")
        )
    }

    func corrupted(_ why: String) -> DecodingError {
        .dataCorrupted(.init(codingPath: codingPath, debugDescription: why))
    }
}

extension String: JSONAnswerScalar {
    static func read(_ value: JSONAnswerValue, at place: JSONAnswerPlace) throws -> String {
        guard case .string(let text) = value else { throw place.mismatch(String.self, value) }
        return text
    }
}

extension Bool: JSONAnswerScalar {
    static func read(_ value: JSONAnswerValue, at place: JSONAnswerPlace) throws -> Bool {
        guard case .bool(let flag) = value else { throw place.mismatch(Bool.self, value) }
        return flag
    }
}

/// Floating-point numbers from their text; one that overflows the type is an error, not infinity.
extension JSONAnswerScalar where Self: BinaryFloatingPoint & LosslessStringConvertible {
    static func read(_ value: JSONAnswerValue, at place: JSONAnswerPlace) throws -> Self {
        guard case .number(let text) = value else { throw place.mismatch(Self.self, value) }
        guard let number = Self(text), number.isFinite else {
            throw place.corrupted("\(text) does not fit in \(Self.self)")
        }
        return number
    }
}

extension Double: JSONAnswerScalar {}
extension Float: JSONAnswerScalar {}

/// Integers from their text, exactly; `1.0` and `1e3` are integers too (as `JSONDecoder` reads them),
/// `1.5` and anything out of the type's range are not.
extension JSONAnswerScalar where Self: FixedWidthInteger {
    static func read(_ value: JSONAnswerValue, at place: JSONAnswerPlace) throws -> Self {
        guard case .number(let text) = value else { throw place.mismatch(Self.self, value) }
        if let number = Self(text, radix: 10) { return number }
        guard let number = Double(text).flatMap({ Self(exactly: $0) }) else {
            throw place.corrupted("\(text) does not fit in \(Self.self)")
        }
        return number
    }
}

extension Int: JSONAnswerScalar {}
extension Int8: JSONAnswerScalar {}
extension Int16: JSONAnswerScalar {}
extension Int32: JSONAnswerScalar {}
extension Int64: JSONAnswerScalar {}
extension UInt: JSONAnswerScalar {}
extension UInt8: JSONAnswerScalar {}
extension UInt16: JSONAnswerScalar {}
extension UInt32: JSONAnswerScalar {}
extension UInt64: JSONAnswerScalar {}

/// JSON 1.1 timestamps are epoch seconds with a fraction; some emulators send ISO 8601 text, or the
/// seconds as text.
extension Date: JSONAnswerScalar {
    static func read(_ value: JSONAnswerValue, at place: JSONAnswerPlace) throws -> Date {
        switch value {
        case .number(let text):
            guard let seconds = Double(text), seconds.isFinite else {
                throw place.corrupted("not a timestamp: \(text)")
            }
            return Date(timeIntervalSince1970: seconds)
        case .string(let text):
            guard let date = Timestamp.parse(text) ?? Double(text).map(Date.init(timeIntervalSince1970:)) else {
                throw place.corrupted("not a timestamp: \(text)")
            }
            return date
        default:
            throw place.mismatch(Date.self, value)
        }
    }
}
