import Template

/// `AWS::EC2::SecurityGroup`, with its ingress rules inline (the seed counts no separate ingress resources).
public struct EC2SecurityGroup: Resource {
    public static let typeName = "AWS::EC2::SecurityGroup"

    public var groupDescription: String
    public var vpcId: Str
    public var ingress: [IngressRule]
    public var tags: [Tag] = []

    public var properties: Properties {
        [
            "GroupDescription": groupDescription, "VpcId": vpcId, "SecurityGroupIngress": ingress,
            "Tags": tags.isEmpty ? nil : tags,
        ]
    }
}

/// One inbound rule: a TCP or UDP port range from a CIDR block or from another security group.
public struct IngressRule: TemplateValue {
    public enum Source: Sendable {
        case cidr(String)
        case securityGroup(ResourceRef<EC2SecurityGroup>)
    }

    public var ipProtocol: IPProtocol
    public var ports: ClosedRange<Int>
    public var source: Source
    public var description: String

    public init(_ ipProtocol: IPProtocol, port: Int, from source: Source, description: String) {
        self.ipProtocol = ipProtocol
        self.ports = port...port
        self.source = source
        self.description = description
    }

    public var node: Node {
        var p = Properties()
        p["IpProtocol"] = ipProtocol
        p["FromPort"] = ports.lowerBound
        p["ToPort"] = ports.upperBound
        switch source {
        case .cidr(let block): p["CidrIp"] = block
        case .securityGroup(let group): p["SourceSecurityGroupId"] = group.groupId
        }
        p["Description"] = description
        return p.node
    }
}

public enum IPProtocol: String, TemplateConstant {
    case tcp, udp
}

extension ResourceRef where R == EC2SecurityGroup {
    /// The group id; `GetAtt GroupId` rather than `Ref`, which is the id only for groups in a VPC.
    public var groupId: Str { attribute("GroupId") }
    public var vpcId: Str { attribute("VpcId") }
}
