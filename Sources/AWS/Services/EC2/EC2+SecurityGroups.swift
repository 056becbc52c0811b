/// Security groups and their rules, as DescribeSecurityGroups answers.
extension EC2 {
    public struct SecurityGroup: Sendable, Equatable {
        public var groupId: String
        public var groupName: String
        public var description: String?
        public var vpcId: String?
        public var ingress: [IPPermission]
        public var egress: [IPPermission]
        public var tags: [String: String]

        init(_ xml: XMLTree) {
            groupId = xml.string("groupId") ?? ""
            groupName = xml.string("groupName") ?? ""
            description = xml.string("groupDescription")
            vpcId = xml.string("vpcId")
            ingress = xml.list("ipPermissions", IPPermission.init)
            egress = xml.list("ipPermissionsEgress", IPPermission.init)
            tags = Dictionary(
                xml.list("tagSet") { ($0.string("key") ?? "", $0.string("value") ?? "") },
                uniquingKeysWith: { _, last in last })
        }
    }

    /// One permission: a protocol and port range open to some sources. `ipProtocol` `-1` means all
    /// protocols (and then no ports).
    public struct IPPermission: Sendable, Equatable {
        public var ipProtocol: String
        public var fromPort: Int?
        public var toPort: Int?
        public var ipRanges: [Source]
        public var ipv6Ranges: [Source]
        public var sourceGroups: [Source]
        public var prefixLists: [Source]

        public init(
            ipProtocol: String, fromPort: Int? = nil, toPort: Int? = nil, ipRanges: [Source] = [],
            ipv6Ranges: [Source] = [], sourceGroups: [Source] = [], prefixLists: [Source] = []
        ) {
            self.ipProtocol = ipProtocol
            self.fromPort = fromPort
            self.toPort = toPort
            self.ipRanges = ipRanges
            self.ipv6Ranges = ipv6Ranges
            self.sourceGroups = sourceGroups
            self.prefixLists = prefixLists
        }

        init(_ xml: XMLTree) {
            let sources = { (list: String, id: String) in
                xml.list(list) { Source(id: $0.string(id) ?? "", description: $0.string("description")) }
            }
            self.init(
                ipProtocol: xml.string("ipProtocol") ?? "", fromPort: xml.int("fromPort"), toPort: xml.int("toPort"),
                ipRanges: sources("ipRanges", "cidrIp"), ipv6Ranges: sources("ipv6Ranges", "cidrIpv6"),
                sourceGroups: sources("groups", "groupId"), prefixLists: sources("prefixListIds", "prefixListId"))
        }

        /// The permission as one rule per source, the shape of CloudFormation's `SecurityGroupIngress` items.
        public var rules: [Rule] {
            let base = Rule(ipProtocol: ipProtocol, fromPort: fromPort, toPort: toPort)
            let rule = { (source: Source, field: WritableKeyPath<Rule, String?>) in
                var rule = base
                rule[keyPath: field] = source.id
                rule.description = source.description
                return rule
            }
            return ipRanges.map { rule($0, \.cidrIp) } + ipv6Ranges.map { rule($0, \.cidrIpv6) }
                + sourceGroups.map { rule($0, \.sourceSecurityGroupId) }
                + prefixLists.map { rule($0, \.sourcePrefixListId) }
        }
    }

    /// One source of a permission (a CIDR, a security group id or a prefix list id) with its description.
    public struct Source: Sendable, Equatable {
        public var id: String
        public var description: String?

        public init(id: String, description: String? = nil) {
            self.id = id
            self.description = description
        }

        public init(cidr: String, description: String? = nil) { self.init(id: cidr, description: description) }

        public var cidr: String { id }
    }

    /// One rule with one source, as a template writes it.
    public struct Rule: Sendable, Equatable {
        public var ipProtocol: String
        public var fromPort: Int?
        public var toPort: Int?
        public var cidrIp: String?
        public var cidrIpv6: String?
        public var sourceSecurityGroupId: String?
        public var sourcePrefixListId: String?
        public var description: String?
    }
}
