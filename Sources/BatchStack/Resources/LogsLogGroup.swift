import Template

/// `AWS::Logs::LogGroup`.
public struct LogsLogGroup: Resource {
    public static let typeName = "AWS::Logs::LogGroup"

    public var logGroupName: Str
    public var retention: LogRetention

    public init(logGroupName: Str, retention: LogRetention) {
        self.logGroupName = logGroupName
        self.retention = retention
    }

    public var properties: Properties {
        var p = Properties()
        p["LogGroupName"] = logGroupName
        p["RetentionInDays"] = retention
        return p
    }
}

/// The retention periods CloudWatch Logs accepts; any other number fails at deploy time.
public enum LogRetention: Int, TemplateValue {
    case days1 = 1, days3 = 3, days5 = 5, days7 = 7, days14 = 14, days30 = 30, days60 = 60, days90 = 90
    case days120 = 120, days150 = 150, days180 = 180, days365 = 365, days400 = 400, days545 = 545
    case days731 = 731, days1096 = 1096, days1827 = 1827, days2192 = 2192, days2557 = 2557
    case days2922 = 2922, days3288 = 3288, days3653 = 3653

    public var node: Node { .number(String(rawValue)) }
}

extension ResourceRef where R == LogsLogGroup {
    /// `Ref` of a log group is its name.
    public var name: Str { ref }
    public var arn: Str { attribute("Arn") }
}
