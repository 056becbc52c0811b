import AWS
import TextBasics

/// What the seed README says a stack delete leaves behind ("Manual cleanup required for: ECR
/// repositories (if they contain images), S3 bucket (if it contains data), Secrets Manager secret"),
/// named only where the stack's parameters point at such a resource. Notes, never actions: the stack
/// does not own these, and other stacks may use them.
public enum CleanupNotes {
    public static func notes(parameters: [CloudFormation.Parameter], region: String) -> [String] {
        var notes: [String] = []
        var repositories: [String] = []
        for parameter in parameters {
            let value = parameter.resolvedValue ?? parameter.value
            if value.isEmpty || value == "****" { continue }
            if let repository = ecrRepository(value), !repositories.contains(repository) {
                repositories.append(repository)
                notes.append(
                    "ECR repository \(repository) (\(parameter.key)) keeps its images: if no longer needed, "
                        + "aws ecr delete-repository --repository-name \(repository) --force --region \(region)")
            } else if ARN(value)?.service == "secretsmanager" {
                notes.append(
                    "Secrets Manager secret \(value) (\(parameter.key)) is not deleted with the stack: if no longer "
                        + "needed, aws secretsmanager delete-secret --secret-id \(value)")
            } else if parameter.key.lowercased().containsText("bucket") {
                notes.append(
                    "S3 bucket \(value) (\(parameter.key)) is not deleted with the stack and keeps its data: if no "
                        + "longer needed, aws s3 rb s3://\(value) --force")
            }
        }
        return notes
    }

    /// `123456789012.dkr.ecr.us-east-2.amazonaws.com/name/space:tag` -> `name/space`; nil for other images.
    static func ecrRepository(_ image: String) -> String? {
        guard let slash = image.firstIndex(of: "/") else { return nil }
        let host = image[..<slash]
        guard host.containsText(".dkr.ecr."), host.hasSuffix(".amazonaws.com") || host.hasSuffix(".amazonaws.com.cn")
        else { return nil }
        var path = image[image.index(after: slash)...]
        if let at = path.firstIndex(of: "@") { path = path[..<at] }
        if let colon = path.lastIndex(of: ":") { path = path[..<colon] }
        return path.isEmpty ? nil : String(path)
    }
}
