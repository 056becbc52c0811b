import FoundationEssentials

extension CloudFormation {
    public struct DriftDetectionStatus: Sendable, Equatable {
        public var detectionId: String
        public var stackId: String
        /// `DETECTION_IN_PROGRESS`, `DETECTION_COMPLETE`, `DETECTION_FAILED`.
        public var detectionStatus: String
        public var detectionStatusReason: String?
        /// `DRIFTED`, `IN_SYNC`, `UNKNOWN`, `NOT_CHECKED`.
        public var stackDriftStatus: String?
        public var driftedResourceCount: Int?

        init(_ xml: XMLTree) {
            detectionId = xml.string("StackDriftDetectionId") ?? ""
            stackId = xml.string("StackId") ?? ""
            detectionStatus = xml.string("DetectionStatus") ?? ""
            detectionStatusReason = xml.string("DetectionStatusReason")
            stackDriftStatus = xml.string("StackDriftStatus")
            driftedResourceCount = xml.int("DriftedStackResourceCount")
        }
    }

    public struct ResourceDrift: Sendable, Equatable {
        public var logicalId: String
        public var physicalId: String?
        public var resourceType: String
        /// `IN_SYNC`, `MODIFIED`, `DELETED`, `NOT_CHECKED`.
        public var driftStatus: String
        public var expectedProperties: String?
        public var actualProperties: String?
        public var differences: [PropertyDifference]

        init(_ xml: XMLTree) {
            logicalId = xml.string("LogicalResourceId") ?? ""
            physicalId = xml.string("PhysicalResourceId")
            resourceType = xml.string("ResourceType") ?? ""
            driftStatus = xml.string("StackResourceDriftStatus") ?? ""
            expectedProperties = xml.string("ExpectedProperties")
            actualProperties = xml.string("ActualProperties")
            differences = xml["PropertyDifferences"]?.members.map(PropertyDifference.init) ?? []
        }
    }

    public struct PropertyDifference: Sendable, Equatable {
        public var path: String
        public var expected: String?
        public var actual: String?
        /// `ADD`, `REMOVE`, `NOT_EQUAL`.
        public var differenceType: String

        init(_ xml: XMLTree) {
            path = xml.string("PropertyPath") ?? ""
            expected = xml.string("ExpectedValue")
            actual = xml.string("ActualValue")
            differenceType = xml.string("DifferenceType") ?? ""
        }
    }

    /// Starts drift detection; returns the detection id.
    public func detectStackDrift(stackName: String) async throws -> String {
        try await client.query(Operation.detectStackDrift, Self.stack(stackName)).string("StackDriftDetectionId") ?? ""
    }

    public func describeStackDriftDetectionStatus(detectionId: String) async throws -> DriftDetectionStatus {
        var query = QueryParameters()
        query.set("StackDriftDetectionId", detectionId)
        return DriftDetectionStatus(try await client.query(Operation.describeStackDriftDetectionStatus, query))
    }

    /// Every resource drift of the last detection (all pages).
    public func describeStackResourceDrifts(stackName: String) async throws -> [ResourceDrift] {
        try await client.queryPages(Operation.describeStackResourceDrifts, Self.stack(stackName)) {
            $0.list("StackResourceDrifts", ResourceDrift.init)
        }
    }
}
