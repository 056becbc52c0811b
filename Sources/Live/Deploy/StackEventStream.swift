import AWS
import FoundationEssentials
import TextBasics

/// The stack's events as they happen: each poll returns only events not seen before, oldest first.
/// DescribeStackEvents answers newest first, so a poll reads pages until it meets an event it has seen.
public struct StackEventStream: Sendable {
    private let cloudFormation: CloudFormation
    private let stackName: String
    private var seen = Set<String>()
    /// Bounds one poll on a stack with a long history; the first poll only marks what is already there.
    private let maxPages = 20

    public init(cloudFormation: CloudFormation, stackName: String) {
        self.cloudFormation = cloudFormation
        self.stackName = stackName
    }

    /// Marks every event already on the stack as seen, so only what follows is streamed. A stack that
    /// does not exist yet has no events.
    public mutating func skipExisting() async throws {
        do {
            _ = try await poll()
        } catch let error as AWSError where error.isStackMissing {
            return
        }
    }

    /// The events that appeared since the last poll, oldest first.
    public mutating func poll() async throws -> [CloudFormation.StackEvent] {
        var fresh: [CloudFormation.StackEvent] = []
        var token: String?
        pages: for _ in 0..<maxPages {
            let page = try await cloudFormation.describeStackEvents(stackName: stackName, nextToken: token)
            for event in page.items {
                if seen.contains(event.eventId) { break pages }
                fresh.append(event)
            }
            guard let next = page.nextToken, !next.isEmpty else { break }
            token = next
        }
        for event in fresh { seen.insert(event.eventId) }
        return fresh.reversed()
    }
}

extension CloudFormation.StackEvent {
    /// A resource's own failure (not the stack's summary line): `CREATE_FAILED`, `UPDATE_FAILED`, ...
    public var isResourceFailure: Bool {
        status.hasSuffix("_FAILED") && resourceType != "AWS::CloudFormation::Stack"
    }

    /// `14:52:03  CREATE_FAILED  AWS::ECS::Service  Service  reason`: one line per event, as it streams.
    public var line: String {
        var parts = [
            timestamp.map(Self.time) ?? "--:--:--", Self.pad(status, 28), Self.pad(resourceType, 44), logicalId,
        ]
        if let reason = statusReason, !reason.isEmpty { parts.append(reason) }
        return parts.joined(separator: "  ").trimmed(.whitespaces)
    }

    /// Pads to a column without ever cutting a long value short.
    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    private static func time(_ date: Date) -> String {
        UTCTime(wholeSecondOf: date).clock
    }
}
