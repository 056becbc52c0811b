import AWS
import Foundation
import Testing

@Suite("Query and XML protocol pieces")
struct ProtocolTests {
    @Test func formBodyEncodesListsAndReservedCharacters() {
        var query = QueryParameters()
        query.set("StackName", "my stack/1")
        query.list("Capabilities", ["CAPABILITY_IAM", "CAPABILITY_NAMED_IAM"])
        query.ec2List("GroupId", ["sg-1"])
        query.set("Empty", "")
        query.set("Skipped", nil as String?)
        #expect(
            query.formBody(action: "DescribeStacks", version: "2010-05-15")
                == "Action=DescribeStacks&Version=2010-05-15&StackName=my%20stack%2F1"
                + "&Capabilities.member.1=CAPABILITY_IAM&Capabilities.member.2=CAPABILITY_NAMED_IAM&GroupId.1=sg-1&Empty="
        )
        #expect(QueryParameters.encode("a+b=c&d~e_f.g-h\u{e9}") == "a%2Bb%3Dc%26d~e_f.g-h%C3%A9")
    }

    @Test func xmlTreeReadsMembersTextAndNesting() throws {
        let xml = """
            <DescribeStacksResponse xmlns="http://cloudformation.amazonaws.com/doc/2010-05-15/">
              <DescribeStacksResult><Stacks><member><StackName>s</StackName>
                <Capabilities><member>CAPABILITY_IAM</member></Capabilities>
                <Outputs><member><OutputKey>K</OutputKey><OutputValue>a&amp;b</OutputValue></member></Outputs>
              </member></Stacks></DescribeStacksResult>
            </DescribeStacksResponse>
            """
        let tree = try XMLTreeParser.parse(Array(xml.utf8))
        let stack = try #require(tree.at("DescribeStacksResult", "Stacks")?.members.first)
        #expect(stack.string("StackName") == "s")
        #expect(stack.strings("Capabilities") == ["CAPABILITY_IAM"])
        #expect(stack["Outputs"]?.members.first?.string("OutputValue") == "a&b")
        #expect(tree.first(named: "OutputKey")?.text == "K")
    }

    @Test func malformedXMLIsAnError() {
        #expect(throws: XMLTreeParser.Failure.self) { try XMLTreeParser.parse(Array("<a><b></a>".utf8)) }
    }

    @Test func timestampsWithAndWithoutFractions() {
        #expect(Timestamp.parse("2026-01-02T03:04:05Z")?.timeIntervalSince1970 == 1_767_323_045)
        #expect(Timestamp.parse("2026-01-02T03:04:05.250Z")?.timeIntervalSince1970 == 1_767_323_045.25)
        #expect(Timestamp.parse("yesterday") == nil)
    }
}
