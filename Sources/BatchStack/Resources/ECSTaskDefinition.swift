/// `AWS::ECS::TaskDefinition` for Fargate: `awsvpc` networking, task-level CPU and memory. A service's tasks
/// and a scheduled job's (a container with a `command` that runs and exits) alike.
public struct ECSTaskDefinition: Resource {
    public static let typeName = "AWS::ECS::TaskDefinition"

    public var family: Str
    public var size: FargateTaskSize
    public var executionRole: ResourceRef<IAMRole>
    public var taskRole: ResourceRef<IAMRole>
    public var containers: [ContainerDefinition]

    public var properties: Properties {
        // The schema types Cpu and Memory as strings; numbers would pass CloudFormation but not cfn-lint.
        [
            "Family": family, "Cpu": String(size.cpuUnits), "Memory": String(size.memoryMiB), "NetworkMode": "awsvpc",
            "RequiresCompatibilities": ["FARGATE"], "ExecutionRoleArn": executionRole.arn,
            "TaskRoleArn": taskRole.arn, "ContainerDefinitions": containers,
        ]
    }
}

/// A Fargate task size: only these CPU/memory pairs are accepted, so they are cases, not two free numbers.
public enum FargateTaskSize: Sendable {
    case quarterVCPU(memoryGB: Int)
    case halfVCPU(memoryGB: Int)
    case oneVCPU(memoryGB: Int)
    case twoVCPU(memoryGB: Int)
    case fourVCPU(memoryGB: Int)

    public var cpuUnits: Int {
        switch self {
        case .quarterVCPU: 256
        case .halfVCPU: 512
        case .oneVCPU: 1024
        case .twoVCPU: 2048
        case .fourVCPU: 4096
        }
    }

    public var memoryMiB: Int {
        switch self {
        case .quarterVCPU(let gb), .halfVCPU(let gb), .oneVCPU(let gb), .twoVCPU(let gb), .fourVCPU(let gb):
            precondition(Self.memoryRange(cpuUnits).contains(gb), "Fargate \(cpuUnits) CPU units take \(gb) GB?")
            return gb * 1024
        }
    }

    /// The memory (GB) each CPU size accepts (quarter vCPU also takes 0.5 GB, not expressible here).
    static func memoryRange(_ cpu: Int) -> ClosedRange<Int> {
        switch cpu {
        case 256: 1...2
        case 512: 1...4
        case 1024: 2...8
        case 2048: 4...16
        default: 8...30
        }
    }
}

extension ResourceRef where R == ECSTaskDefinition {
    /// `Ref` of a task definition is its ARN (family:revision).
    public var arn: Str { ref }
}
