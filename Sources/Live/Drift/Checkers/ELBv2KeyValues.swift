import AWS

/// What load balancers and target groups read alike beyond their describe call: their tags and their
/// `...Attributes` list, each with a call of its own made only when the template sets it.
enum ELBv2KeyValues {
    static func read(
        into live: inout LiveResource, target: CheckTarget, client: AWSClient, attributes property: String,
        _ describeAttributes: (String) async throws -> [String: String]
    ) async throws {
        try await live.readKeyValues("Tags", of: target) {
            try await client.elbv2.describeTags(arns: [target.physicalId])[target.physicalId] ?? []
        }
        try await live.readKeyValues(property, of: target) {
            try await describeAttributes(target.physicalId).map { ($0.key, $0.value) }
        }
    }
}
