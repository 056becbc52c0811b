/// The shape of an AWS region name (`us-east-1`, `us-gov-west-1`, `cn-north-1`, `eu-isoe-west-1`,
/// `ap-southeast-5`): checked before anything is built from it, so a typo such as `us east 1` is a
/// configuration error naming where it came from (exit 2), never a malformed URL and never a call.
public enum RegionName {
    /// Two letters, one or more lowercase words, a number; `aws-global` is the pseudo region some
    /// config files name for global endpoints.
    public static func isValid(_ region: String) -> Bool {
        if region == "aws-global" { return true }
        let parts = region.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 3, let first = parts.first, let last = parts.last else { return false }
        let lower = { (part: Substring) in !part.isEmpty && part.allSatisfy { $0.isASCII && $0.isLowercase } }
        return first.count == 2 && lower(first) && parts.dropFirst().dropLast().allSatisfy(lower)
            && !last.isEmpty && last.count <= 3 && last.allSatisfy { $0.isASCII && $0.isNumber }
    }
}
