extension EC2 {
    public struct SecurityGroup: Sendable, Equatable {
        public var groupId: String
        public var groupName: String
        public var description: String?
        public var vpcId: String?
        public var ingress: [IPPermission]
        public var egress: [IPPermission]

        init(_ xml: XMLTree) {
            groupId = xml.string("groupId") ?? ""
            groupName = xml.string("groupName") ?? ""
            description = xml.string("groupDescription")
            vpcId = xml.string("vpcId")
            ingress = xml["ipPermissions"]?.members.map(IPPermission.init) ?? []
            egress = xml["ipPermissionsEgress"]?.members.map(IPPermission.init) ?? []
        }
    }

    /// One rule. `ipProtocol` `-1` means all protocols (and then no ports).
    public struct IPPermission: Sendable, Equatable {
        public var ipProtocol: String
        public var fromPort: Int?
        public var toPort: Int?
        public var ipRanges: [IPRange]
        public var ipv6Ranges: [String]
        public var sourceGroupIds: [String]
        public var prefixListIds: [String]

        public init(
            ipProtocol: String, fromPort: Int? = nil, toPort: Int? = nil, ipRanges: [IPRange] = [],
            ipv6Ranges: [String] = [], sourceGroupIds: [String] = [], prefixListIds: [String] = []
        ) {
            self.ipProtocol = ipProtocol
            self.fromPort = fromPort
            self.toPort = toPort
            self.ipRanges = ipRanges
            self.ipv6Ranges = ipv6Ranges
            self.sourceGroupIds = sourceGroupIds
            self.prefixListIds = prefixListIds
        }

        init(_ xml: XMLTree) {
            ipProtocol = xml.string("ipProtocol") ?? ""
            fromPort = xml.int("fromPort")
            toPort = xml.int("toPort")
            ipRanges = (xml["ipRanges"]?.members ?? []).map {
                IPRange(cidr: $0.string("cidrIp") ?? "", description: $0.string("description"))
            }
            ipv6Ranges = (xml["ipv6Ranges"]?.members ?? []).compactMap { $0.string("cidrIpv6") }
            sourceGroupIds = (xml["groups"]?.members ?? []).compactMap { $0.string("groupId") }
            prefixListIds = (xml["prefixListIds"]?.members ?? []).compactMap { $0.string("prefixListId") }
        }
    }

    public struct IPRange: Sendable, Equatable {
        public var cidr: String
        public var description: String?

        public init(cidr: String, description: String? = nil) {
            self.cidr = cidr
            self.description = description
        }
    }
}
