import Findings

/// `stackcheck config --format json`, written by the one JSON writer. Keys are sorted (as the output
/// has always been); an unset optional field is left out, while an unset region or CA bundle is
/// `"value": null`, so a script can tell "not set" from "not reported".
extension ConfigCommand.Report {
    var json: JSONValue {
        var endpointFields: [(String, JSONValue)] = []
        for name in endpoints.keys.sorted() {
            guard let endpoint = endpoints[name] else { continue }
            endpointFields.append((name, endpoint.json))
        }
        return .object([
            ("caBundle", Self.json(caBundle) { JSONValue.string($0) }),
            ("credentials", credentials.json),
            ("dualStackEndpoint", Self.json(dualStackEndpoint) { JSONValue.bool($0) }),
            ("endpoints", .object(endpointFields)),
            ("fipsEndpoint", Self.json(fipsEndpoint) { JSONValue.bool($0) }),
            ("profile", Self.json(profile) { JSONValue.string($0) }),
            ("region", Self.json(region) { JSONValue.string($0) }),
            ("retry", retry.json),
            ("schemaVersion", .number(schemaVersion)),
            ("userAgent", .string(userAgent)),
        ])
    }

    static func json<T>(_ value: ConfigCommand.Value<T>, _ write: (T) -> JSONValue) -> JSONValue {
        .object([("source", .string(value.source)), ("value", write(value.value))])
    }
}

extension ConfigCommand.CredentialsReport {
    var json: JSONValue {
        var fields: [(String, JSONValue)] = []
        if let error { fields.append(("error", .string(error))) }
        fields += [
            ("kind", .string(kind)), ("profiles", .array(profiles.map { .string($0) })), ("summary", .string(summary)),
        ]
        return .object(fields)
    }
}

extension ConfigCommand.EndpointReport {
    var json: JSONValue {
        let fields: [(String, String?)] = [
            ("error", error), ("signingRegion", signingRegion), ("source", source), ("url", url),
        ]
        return .object(fields.compactMap { key, value in value.map { (key, .string($0)) } })
    }
}

extension ConfigCommand.RetryReport {
    var json: JSONValue {
        .object([
            ("maxAttempts", ConfigCommand.Report.json(maxAttempts) { JSONValue.number($0) }),
            ("mode", ConfigCommand.Report.json(mode) { JSONValue.string($0) }),
        ])
    }
}
