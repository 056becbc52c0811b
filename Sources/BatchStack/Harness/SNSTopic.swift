import Template

/// `AWS::SNS::Topic`.
public struct SNSTopic: Resource {
    public static let typeName = "AWS::SNS::Topic"

    public var topicName: Str
    public var displayName: String

    public var properties: Properties {
        ["TopicName": topicName, "DisplayName": displayName]
    }
}

extension ResourceRef where R == SNSTopic {
    /// `Ref` of a topic is its ARN.
    public var arn: Str { ref }
}

/// `AWS::SNS::TopicPolicy`: who may publish to the topics.
public struct SNSTopicPolicy: Resource {
    public static let typeName = "AWS::SNS::TopicPolicy"

    public var topics: [ResourceRef<SNSTopic>]
    public var publisherService: String

    public var properties: Properties {
        // Not a `PolicyStatement`: SNS's own documents give `Action` as one string, not a list.
        let statement: Properties = [
            "Sid": "AllowPublish", "Effect": "Allow",
            "Principal": Node.mapping(Mapping(["Service": .string(publisherService)])), "Action": "sns:Publish",
            "Resource": topics.map(\.arn),
        ]
        let document: Properties = ["Version": "2012-10-17", "Statement": [statement]]
        return ["Topics": topics.map(\.arn), "PolicyDocument": document]
    }
}
