import AWS
import Live

extension Describe {
    /// What `describe` calls; it runs inside exactly these (see `OperationScope`).
    static let operations =
        StackLoader.operations(withTemplate: false) + ApplicationAutoScaling.Operation.list(.describeScalingActivities)
}
