import Foundation
import Testing

@testable import AWS

/// Shapes the emulator cannot produce (it refuses drift detection), read from the documented XML.
@Suite("Typed results from documented XML")
struct ResultParsingTests {
    @Test func resourceDriftsAndDetectionStatus() throws {
        let xml = """
            <DescribeStackResourceDriftsResponse><DescribeStackResourceDriftsResult><StackResourceDrifts><member>
            <LogicalResourceId>Queue</LogicalResourceId><PhysicalResourceId>q-1</PhysicalResourceId>
            <ResourceType>AWS::SQS::Queue</ResourceType><StackResourceDriftStatus>MODIFIED</StackResourceDriftStatus>
            <ExpectedProperties>{"VisibilityTimeout":30}</ExpectedProperties>
            <ActualProperties>{"VisibilityTimeout":60}</ActualProperties>
            <PropertyDifferences><member><PropertyPath>/VisibilityTimeout</PropertyPath>
            <ExpectedValue>30</ExpectedValue><ActualValue>60</ActualValue><DifferenceType>NOT_EQUAL</DifferenceType>
            </member></PropertyDifferences></member></StackResourceDrifts></DescribeStackResourceDriftsResult>
            </DescribeStackResourceDriftsResponse>
            """
        let result = try XMLTreeParser.parse(Array(xml.utf8))["DescribeStackResourceDriftsResult"]
        let drift = try #require(result?.at("StackResourceDrifts")?.members.map(CloudFormation.ResourceDrift.init).first)
        #expect(drift.logicalId == "Queue")
        #expect(drift.driftStatus == "MODIFIED")
        #expect(drift.actualProperties == #"{"VisibilityTimeout":60}"#)
        #expect(drift.differences.first?.path == "/VisibilityTimeout")
        #expect(drift.differences.first?.expected == "30")
        #expect(drift.differences.first?.actual == "60")
        #expect(drift.differences.first?.differenceType == "NOT_EQUAL")

        let status = CloudFormation.DriftDetectionStatus(
            try XMLTreeParser.parse(
                Array(
                    """
                    <R><StackId>arn:s</StackId><StackDriftDetectionId>d-1</StackDriftDetectionId>
                    <StackDriftStatus>DRIFTED</StackDriftStatus><DetectionStatus>DETECTION_COMPLETE</DetectionStatus>
                    <DriftedStackResourceCount>1</DriftedStackResourceCount></R>
                    """.utf8)))
        #expect(status.detectionStatus == "DETECTION_COMPLETE")
        #expect(status.stackDriftStatus == "DRIFTED")
        #expect(status.driftedResourceCount == 1)
    }

    @Test func pagingFollowsTokensToTheEnd() async throws {
        let pages = ["a": (["2"], "b"), "b": (["3"], nil as String?)]
        let items = try await collectPages { (token: String?) -> Page<String> in
            guard let token else { return Page(items: ["1"], nextToken: "a") }
            let page = try #require(pages[token])
            return Page(items: page.0, nextToken: page.1)
        }
        #expect(items == ["1", "2", "3"])
    }

    @Test func iamDocumentsAreDecodedOnlyWhenEncoded() {
        #expect(IAM.decodeDocument("%7B%22Version%22%3A%222012-10-17%22%7D") == #"{"Version":"2012-10-17"}"#)
        #expect(IAM.decodeDocument(#"{"a":"b c"}"#) == #"{"a":"b c"}"#)
    }
}
