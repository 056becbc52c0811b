import Template

/// An IAM policy document (`Version` 2012-10-17).
public struct PolicyDocument: TemplateValue {
    public var statements: [PolicyStatement]

    public init(_ statements: [PolicyStatement]) { self.statements = statements }

    public var node: Node {
        (["Version": "2012-10-17", "Statement": statements] as Properties).node
    }

    /// A trust policy letting one AWS service assume the role.
    public static func assumedBy(service: String) -> PolicyDocument {
        PolicyDocument([PolicyStatement(principal: .service(service), actions: ["sts:AssumeRole"])])
    }
}

/// One `Allow` statement. Deny is never needed here: least privilege comes from naming what is allowed.
public struct PolicyStatement: TemplateValue {
    public enum Principal: Sendable {
        case service(String)
    }

    public var sid: String?
    public var principal: Principal?
    public var actions: [IAMAction]
    /// Resource ARNs; `nil` for a trust policy, which has none.
    public var resources: [Str]?

    public var node: Node {
        let principalNode: Node? = principal.map {
            switch $0 {
            case .service(let service): Node.mapping(Mapping(["Service": .string(service)]))
            }
        }
        let p: Properties = [
            "Sid": sid, "Effect": "Allow", "Principal": principalNode, "Action": actions, "Resource": resources,
        ]
        return p.node
    }
}

/// One IAM action, `service:Operation`. Wildcards are refused: every role names exactly what it does.
public struct IAMAction: TemplateValue, ExpressibleByStringLiteral, Equatable {
    public let name: String

    public init(stringLiteral name: String) {
        precondition(!name.contains("*"), "IAM action \(name): name the action, no wildcards")
        precondition(name.split(separator: ":").count == 2, "IAM action \(name): expected service:Operation")
        self.name = name
    }

    public var node: Node { .string(name) }
}
