import FoundationEssentials

extension CloudFormation {
    public struct Stack: Sendable, Equatable {
        public var stackName: String
        public var stackId: String
        public var status: String
        public var statusReason: String?
        public var description: String?
        public var creationTime: Date?
        public var lastUpdatedTime: Date?
        public var parameters: [Parameter]
        public var outputs: [Output]
        public var capabilities: [String]
        public var tags: [String: String]
        public var terminationProtection: Bool
        public var roleArn: String?

        init(_ xml: XMLTree) {
            stackName = xml.string("StackName") ?? ""
            stackId = xml.string("StackId") ?? ""
            status = xml.string("StackStatus") ?? ""
            statusReason = xml.string("StackStatusReason")
            description = xml.string("Description")
            creationTime = xml.date("CreationTime")
            lastUpdatedTime = xml.date("LastUpdatedTime")
            parameters = xml["Parameters"]?.members.map(Parameter.init) ?? []
            outputs = xml["Outputs"]?.members.map(Output.init) ?? []
            capabilities = xml.strings("Capabilities")
            terminationProtection = xml.string("EnableTerminationProtection") == "true"
            roleArn = xml.string("RoleARN")
            tags = Dictionary(
                (xml["Tags"]?.members ?? []).map { ($0.string("Key") ?? "", $0.string("Value") ?? "") },
                uniquingKeysWith: { _, last in last })
        }

        /// The value of parameter `key` as the stack uses it (the resolved value for SSM parameters).
        public func parameter(_ key: String) -> String? {
            parameters.first { $0.key == key }.map { $0.resolvedValue ?? $0.value }
        }

        public func output(_ key: String) -> String? { outputs.first { $0.key == key }?.value }
    }

    public struct Parameter: Sendable, Equatable {
        public var key: String
        public var value: String
        public var resolvedValue: String?
        /// In a request: keep the value the stack has (`value` is not sent), as `aws cloudformation deploy` does.
        public var usePreviousValue: Bool

        public init(key: String, value: String, resolvedValue: String? = nil, usePreviousValue: Bool = false) {
            self.key = key
            self.value = value
            self.resolvedValue = resolvedValue
            self.usePreviousValue = usePreviousValue
        }

        /// `UsePreviousValue=true` for `key`.
        public static func previous(_ key: String) -> Parameter {
            Parameter(key: key, value: "", usePreviousValue: true)
        }

        init(_ xml: XMLTree) {
            key = xml.string("ParameterKey") ?? ""
            value = xml.string("ParameterValue") ?? ""
            resolvedValue = xml.string("ResolvedValue")
            usePreviousValue = false
        }
    }

    public struct Output: Sendable, Equatable {
        public var key: String
        public var value: String
        public var description: String?
        public var exportName: String?

        init(_ xml: XMLTree) {
            key = xml.string("OutputKey") ?? ""
            value = xml.string("OutputValue") ?? ""
            description = xml.string("Description")
            exportName = xml.string("ExportName")
        }
    }

    /// A stack resource, from DescribeStackResources or ListStackResources (summaries).
    public struct StackResource: Sendable, Equatable {
        public var logicalId: String
        public var physicalId: String?
        public var resourceType: String
        public var status: String
        public var statusReason: String?
        public var lastUpdated: Date?
        /// ListStackResources only: `IN_SYNC`, `MODIFIED`, `DELETED`, `NOT_CHECKED`.
        public var driftStatus: String?

        public init(_ xml: XMLTree) {
            logicalId = xml.string("LogicalResourceId") ?? ""
            physicalId = xml.string("PhysicalResourceId")
            resourceType = xml.string("ResourceType") ?? ""
            status = xml.string("ResourceStatus") ?? ""
            statusReason = xml.string("ResourceStatusReason")
            lastUpdated = xml.date("Timestamp") ?? xml.date("LastUpdatedTimestamp")
            driftStatus = xml.at("DriftInformation")?.string("StackResourceDriftStatus")
        }
    }

    public struct StackEvent: Sendable, Equatable {
        public var eventId: String
        public var stackName: String
        public var logicalId: String
        public var physicalId: String?
        public var resourceType: String
        public var status: String
        public var statusReason: String?
        public var timestamp: Date?

        init(_ xml: XMLTree) {
            eventId = xml.string("EventId") ?? ""
            stackName = xml.string("StackName") ?? ""
            logicalId = xml.string("LogicalResourceId") ?? ""
            physicalId = xml.string("PhysicalResourceId")
            resourceType = xml.string("ResourceType") ?? ""
            status = xml.string("ResourceStatus") ?? ""
            statusReason = xml.string("ResourceStatusReason")
            timestamp = xml.date("Timestamp")
        }
    }
}
