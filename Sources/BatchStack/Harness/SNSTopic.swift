import Template

/// `AWS::SNS::Topic`.
public struct SNSTopic: Resource {
    public static let typeName = "AWS::SNS::Topic"

    public var topicName: Str
    public var displayName: String

    public init(topicName: Str, displayName: String) {
        self.topicName = topicName
        self.displayName = displayName
    }

    public var properties: Properties {
        var p = Properties()
        p["TopicName"] = topicName
        p["DisplayName"] = displayName
        return p
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

    public init(topics: [ResourceRef<SNSTopic>], publisherService: String) {
        self.topics = topics
        self.publisherService = publisherService
    }

    public var properties: Properties {
        var p = Properties()
        p["Topics"] = topics.map(\.arn)
        var statement = Properties()
        statement["Sid"] = "AllowPublish"
        statement["Effect"] = "Allow"
        statement["Principal"] = Node.mapping(Mapping(["Service": .string(publisherService)]))
        statement["Action"] = "sns:Publish"
        statement["Resource"] = topics.map(\.arn)
        var document = Properties()
        document["Version"] = "2012-10-17"
        document["Statement"] = [statement]
        p["PolicyDocument"] = document
        return p
    }
}
