import AWS
import FoundationEssentials
import Template

/// What a deploy sends besides the change set's name: the template (inline, or uploaded to S3 when it is over
/// CloudFormation's 51,200-byte request limit) and the parameters, with every parameter not given kept at the
/// stack's previous value on an update, as `aws cloudformation deploy` does.
public enum DeployPlan {
    /// The parameters to send: those given, then `UsePreviousValue` for each one the template declares, the stack
    /// has, and the caller did not give. A parameter new to the template and not given takes its default (or
    /// CloudFormation names it as missing).
    public static func parameters(
        given: [CloudFormation.Parameter], template: Node, existing: CloudFormation.Stack?
    ) -> [CloudFormation.Parameter] {
        guard let existing else { return given }
        let declared = template["Parameters"]?.mappingValue?.keys ?? []
        let givenKeys = Set(given.map(\.key))
        let stackKeys = Set(existing.parameters.map(\.key))
        return given
            + declared.filter { !givenKeys.contains($0) && stackKeys.contains($0) }.map(
                CloudFormation.Parameter.previous)
    }

    /// The values the update will use, for the review: given ones, else the stack's, for every kept parameter.
    public static func effectiveValues(_ parameters: [CloudFormation.Parameter], existing: CloudFormation.Stack?)
        -> [String: String]
    {
        var values: [String: String] = [:]
        for parameter in parameters {
            values[parameter.key] =
                parameter.usePreviousValue ? existing?.parameter(parameter.key) : parameter.value
        }
        return values
    }

    /// The template as CloudFormation should get it: the body when it fits, else uploaded to `--s3-bucket`.
    /// - Throws: `DeployError` when the template is too large and no bucket was given, or over the 1 MB limit.
    public static func templateSource(_ request: DeployRequest, s3: S3) async throws -> CloudFormation.TemplateSource {
        let bytes = Array(request.templateBody.utf8)
        if bytes.count <= templateBodyLimit { return .body(request.templateBody) }
        if bytes.count > TemplateLimits.maxBytes {
            throw DeployError(
                .none, "the template is \(bytes.count) bytes; CloudFormation takes at most "
                    + "\(TemplateLimits.maxBytes) bytes even from S3")
        }
        guard let bucket = request.s3Bucket else {
            throw DeployError(
                .none, "the template is \(bytes.count) bytes, over CloudFormation's \(templateBodyLimit)-byte limit "
                    + "for a template in the request; give --s3-bucket BUCKET (and optionally --s3-prefix PREFIX) "
                    + "to upload it and deploy it from S3")
        }
        let key = S3.contentKey(bytes, prefix: request.s3Prefix, name: request.stackName)
        let url = try await s3.putObject(bucket: bucket, key: key, body: bytes, contentType: "text/plain")
        return .url(url.absoluteString)
    }
}
