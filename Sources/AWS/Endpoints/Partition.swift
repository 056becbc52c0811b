/// An AWS partition as botocore's `data/partitions.json` describes it: which regions belong to it and
/// the DNS suffixes its endpoints use. Only the partitions stackcheck supports are listed; a region that
/// matches none belongs to `aws`, as in botocore's rules.
public struct Partition: Sendable, Equatable {
    public let id: String
    public let dnsSuffix: String
    public let dualStackDnsSuffix: String
    /// The region global services (IAM) sign for when the partition has no other rule.
    public let implicitGlobalRegion: String
    /// Region names match `<prefix>-<word>-<digits>`, for one of these prefixes.
    let regionPrefixes: [String]

    public static let aws = Partition(
        id: "aws", dnsSuffix: "amazonaws.com", dualStackDnsSuffix: "api.aws", implicitGlobalRegion: "us-east-1",
        regionPrefixes: ["us", "eu", "ap", "sa", "ca", "me", "af", "il", "mx"])
    public static let china = Partition(
        id: "aws-cn", dnsSuffix: "amazonaws.com.cn", dualStackDnsSuffix: "api.amazonwebservices.com.cn",
        implicitGlobalRegion: "cn-northwest-1", regionPrefixes: ["cn"])
    public static let govCloud = Partition(
        id: "aws-us-gov", dnsSuffix: "amazonaws.com", dualStackDnsSuffix: "api.aws",
        implicitGlobalRegion: "us-gov-west-1", regionPrefixes: ["us-gov"])
    public static let iso = Partition(
        id: "aws-iso", dnsSuffix: "c2s.ic.gov", dualStackDnsSuffix: "api.aws.ic.gov",
        implicitGlobalRegion: "us-iso-east-1", regionPrefixes: ["us-iso"])
    public static let isoB = Partition(
        id: "aws-iso-b", dnsSuffix: "sc2s.sgov.gov", dualStackDnsSuffix: "api.aws.scloud",
        implicitGlobalRegion: "us-isob-east-1", regionPrefixes: ["us-isob"])

    /// Most specific first: `us-gov-west-1` must not be taken for an `aws` (`us-...`) region.
    public static let all: [Partition] = [.govCloud, .iso, .isoB, .china, .aws]

    /// The partition of a region: the first whose pattern it matches, else `aws`.
    public static func of(region: String) -> Partition {
        all.first { $0.matches(region) } ?? .aws
    }

    func matches(_ region: String) -> Bool {
        regionPrefixes.contains { prefix in
            guard region.hasPrefix(prefix + "-") else { return false }
            let rest = region.dropFirst(prefix.count + 1).split(separator: "-", omittingEmptySubsequences: false)
            return rest.count == 2 && !rest[0].isEmpty && rest[0].allSatisfy { $0.isLetter || $0.isNumber }
                && !rest[1].isEmpty && rest[1].allSatisfy(\.isNumber)
        }
    }
}
