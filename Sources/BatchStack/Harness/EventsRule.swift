import Template

/// `AWS::Events::Rule` sending matching events to an SNS topic.
public struct EventsRule: Resource {
    public static let typeName = "AWS::Events::Rule"

    public var name: Str
    public var description: String
    public var pattern: Node
    public var topic: ResourceRef<SNSTopic>

    public init(name: Str, description: String, pattern: Node, topic: ResourceRef<SNSTopic>) {
        self.name = name
        self.description = description
        self.pattern = pattern
        self.topic = topic
    }

    public var properties: Properties {
        var p = Properties()
        p["Name"] = name
        p["Description"] = description
        p["State"] = "ENABLED"
        p["EventPattern"] = pattern
        var target = Properties()
        target["Id"] = "notify"
        target["Arn"] = topic.arn
        p["Targets"] = [target]
        return p
    }
}
