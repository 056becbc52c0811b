import Template

/// `AWS::Logs::LogGroup`.
public struct LogsLogGroup: Resource {
    public static let typeName = "AWS::Logs::LogGroup"

    public var logGroupName: Str
    public var retention: LogRetention

    public var properties: Properties {
        ["LogGroupName": logGroupName, "RetentionInDays": retention]
    }
}

/// The retention periods CloudWatch Logs accepts; any other number fails at deploy time.
public enum LogRetention: Int, TemplateValue {
    case days1 = 1
    case days3 = 3
    case days5 = 5
    case days7 = 7
    case days14 = 14
    case days30 = 30
    case days60 = 60
    case days90 = 90
    case days120 = 120
    case days150 = 150
    case days180 = 180
    case days365 = 365
    case days400 = 400
    case days545 = 545
    case days731 = 731
    case days1096 = 1096
    case days1827 = 1827
    case days2192 = 2192
    case days2557 = 2557
    case days2922 = 2922
    case days3288 = 3288
    case days3653 = 3653

    public var node: Node { .number(String(rawValue)) }
}

extension ResourceRef where R == LogsLogGroup {
    /// `Ref` of a log group is its name.
    public var name: Str { ref }
    public var arn: Str { attribute("Arn") }
}
