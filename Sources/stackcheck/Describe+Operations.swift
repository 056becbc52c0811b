import AWS

extension Describe {
    /// What `describe` calls; it runs inside exactly these (see `OperationScope`).
    static let operations = [
        CloudFormation.Operation.describeStacks, CloudFormation.Operation.listStackResources,
        ApplicationAutoScaling.Operation.describeScalingActivities,
    ]
}
