import AWS
import Template

extension DriftEngine {
    /// Every AWS operation a run with these options may call: the stack's reads, the checkers of the
    /// resource types the template declares, CloudFormation's drift detection when asked for, and
    /// the Availability Zones when the template asks `Fn::GetAZs`. `run` is scoped to exactly this,
    /// and `stackcheck iam-policy --command drift` prints it as a policy.
    public static func operations(_ options: Options) -> [AWSOperation] {
        var operations = StackLoader.operations
        let declared = options.template["Resources"]?.mappingValue?.entries ?? []
        let types = Set(declared.compactMap { $0.value["Type"]?.stringValue })
        for resource in declared.map(\.value) {
            guard let type = resource["Type"]?.stringValue, let checker = options.checkers[type] else { continue }
            operations += checker.operations(for: resource["Properties"]?.mappingValue ?? Mapping())
        }
        operations += UnmanagedCheck.operations
        if types.contains("AWS::ECS::Service") { operations += ForeignRevisionCheck.operations }
        if options.cloudFormationDrift { operations += CloudFormationDriftCheck.operations }
        if uses("Fn::GetAZs", in: options.template) { operations += EC2.Operation.list(.describeAvailabilityZones) }
        return Array(Set(operations)).sorted()
    }
}
