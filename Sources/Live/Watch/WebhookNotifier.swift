import AWS
import FoundationEssentials
import Findings
import Report

/// POSTs a JSON body to the `--notify` URL when a watch's result changes. The body carries a `text`
/// line too, so chat webhooks (Slack, Mattermost) show something readable without a template.
public struct WebhookNotifier: Sendable {
    public var url: URL
    public var transport: any HTTPTransport
    public var timeout: Duration

    public init(url: URL, transport: any HTTPTransport = CurlTransport(), timeout: Duration = .seconds(10)) {
        self.url = url
        self.transport = transport
        self.timeout = timeout
    }

    public static func body(record: WatchRecord, previousStatus: String?, report: DriftReport?) -> JSONValue {
        let was = previousStatus.map { " (was \($0))" } ?? ""
        let count = record.findings.count
        var fields: [(String, JSONValue)] = [
            ("schemaVersion", .number(1)),
            (
                "text",
                .string(
                    "stackcheck: stack \(record.stack) is \(record.status)\(was): "
                        + "\(count) finding\(count == 1 ? "" : "s")"
                )
            ),
            ("stack", .string(record.stack)),
            ("status", .string(record.status)),
            ("previousStatus", .string(previousStatus)),
            ("time", .string(WatchRecord.timestamp(record.time))),
            ("run", .number(record.run)),
        ]
        if let report { fields.append(("findings", .array(report.failing.map(DriftJSONRenderer.finding)))) }
        if let error = record.error { fields.append(("error", .string(error))) }
        return .object(fields)
    }

    /// Sends once; a failure is returned as its one line (the watch goes on, and records it).
    public func send(_ body: JSONValue) async -> String? {
        let request = HTTPRequest(
            method: "POST", url: url,
            headers: [("Content-Type", "application/json"), ("User-Agent", "stackcheck-watch")],
            body: Array(SecretRedactor.redact(body.compact).utf8))
        do {
            let response = try await transport.send(request, timeout: timeout)
            return (200..<300).contains(response.status) ? nil : "webhook answered HTTP \(response.status)"
        } catch {
            return "webhook POST failed: \(error)"
        }
    }
}
