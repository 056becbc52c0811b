import AWS
import Template

/// What the checkers do alike when they read a resource: find the one item a describe-by-id answers, read a
/// Key/Value list (tags, attributes) with a call of its own only when the template sets it, and say which
/// properties they do not read.
extension LiveResource {
    /// The one item a describe-by-id answers, or nil when the service has none: an empty answer or `missing`.
    static func only<Item>(missing: AWSErrorCode, _ describe: () async throws -> [Item]) async throws -> Item? {
        do {
            return try await describe().first
        } catch let error as AWSError where error.code == missing {
            return nil
        }
    }

    /// `property`, a list of `Key`/`Value` items, as `read` gives it; not asked for when the template leaves it out.
    mutating func readKeyValues(
        _ property: String, of target: CheckTarget, _ read: () async throws -> [(key: String, value: String)]
    ) async throws {
        guard KeyValueProperties.isSet(property, in: target) else { return }
        properties[property] = KeyValueProperties.live(try await read(), for: property, in: target)
    }

    /// Properties `source` could report but stackcheck does not ask for: "not checked", never "in sync".
    mutating func notRead(_ names: [String], from source: String) {
        for name in names { unreadable[name] = "\(name) is not read from \(source) by stackcheck" }
    }
}
