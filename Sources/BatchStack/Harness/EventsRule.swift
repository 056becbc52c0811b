import Template

/// `AWS::Events::Rule` sending matching events to an SNS topic.
public struct EventsRule: Resource {
    public static let typeName = "AWS::Events::Rule"

    public var name: Str
    public var description: String
    public var pattern: Node
    public var topic: ResourceRef<SNSTopic>

    public var properties: Properties {
        let target: Properties = ["Id": "notify", "Arn": topic.arn]
        return [
            "Name": name, "Description": description, "State": "ENABLED", "EventPattern": pattern, "Targets": [target],
        ]
    }
}
