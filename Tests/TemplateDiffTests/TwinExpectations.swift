/// The JSON/YAML twins of aws-cloudformation-templates that really differ under cfn, and where.
/// Every other pair is equivalent. Established by reading each pair (and cross-checked with an
/// independent PyYAML-based comparison):
/// - `Yes`/`No` plain in YAML are YAML 1.1 booleans, quoted strings in JSON (SapPrivateLink, Neptune,
///   ADCONNECTOR): the parameter's AllowedValues and Default and the Fn::Equals that tests it.
/// - rain directives: YAML `!Rain::Embed x` is read as `Fn::Rain::Embed` (DESIGN: an unknown tag `!X`
///   becomes `Fn::X`), while rain's JSON output spells it `Rain::Embed` (and `Rain::Module`).
/// - SapPrivateLink's JSON lost `Fn::ValueOf` in a Rules assertion; the YAML has `!ValueOf`.
/// - suse.json maps five regions to a key `RHEL9` where the YAML says `SLES15SP5` (copy-paste upstream),
///   and the YAML's UserData has a tab after `/usr/local/bin` that the JSON lacks.
enum TwinExpectations {
    static let pairCount = 58

    static let differing: [String: [String]] = [
        "AWSSupplyChain/SapPrivateLink/SapPrivateLink": [
            "changed /Parameters/InVpc/AllowedValues/0",
            "changed /Parameters/InVpc/AllowedValues/1",
            "changed /Parameters/InVpc/Default",
            "changed /Rules/SubnetsInVPC/Assertions/0/Assert/Fn::EachMemberEquals/0",
            "changed /Conditions/IpInVpc/Fn::Equals/1",
        ],
        "CloudFormation/MacrosExamples/DateFunctions/date": [
            "removed /Resources/TransformFunction/Properties/Code/ZipFile/Rain::Embed",
            "added /Resources/TransformFunction/Properties/Code/ZipFile/Fn::Rain::Embed",
        ],
        "CloudFormation/MacrosExamples/PyPlate/python": [
            "removed /Resources/TransformFunction/Properties/Code/ZipFile/Rain::Embed",
            "added /Resources/TransformFunction/Properties/Code/ZipFile/Fn::Rain::Embed",
        ],
        "CloudFormation/MacrosExamples/StringFunctions/string": [
            "removed /Resources/TransformFunction/Properties/Code/ZipFile/Rain::Embed",
            "added /Resources/TransformFunction/Properties/Code/ZipFile/Fn::Rain::Embed",
        ],
        "CloudFormation/StackSets/log-setup-management": [
            "removed /Resources/TargetAccountLogging/Properties/TemplateBody/Rain::Embed",
            "added /Resources/TargetAccountLogging/Properties/TemplateBody/Fn::Rain::Embed",
        ],
        "ElastiCache/Elasticache-snapshot": [
            "removed /Resources/EnableShapshot/Properties/Code/ZipFile/Rain::Embed",
            "added /Resources/EnableShapshot/Properties/Code/ZipFile/Fn::Rain::Embed",
        ],
        "NeptuneDB/Neptune": [
            "changed /Parameters/UploadAuditLogs/AllowedValues/0",
            "changed /Parameters/UploadAuditLogs/AllowedValues/1",
            "changed /Parameters/UploadAuditLogs/Default",
            "changed /Conditions/EnableAuditLogUpload/Fn::Equals/1",
        ],
        "Solutions/ADConnector/templates/ADCONNECTOR.cfn": [
            "changed /Parameters/CreateDHCPOptionSet/AllowedValues/0",
            "changed /Parameters/CreateDHCPOptionSet/AllowedValues/1",
            "changed /Parameters/CreateDHCPOptionSet/Default",
            "changed /Parameters/CreateADConnectorDomainMembersSG/AllowedValues/0",
            "changed /Parameters/CreateADConnectorDomainMembersSG/AllowedValues/1",
            "changed /Parameters/CreateADConnectorDomainMembersSG/Default",
            "changed /Parameters/CreateLinuxEC2DomainJoinResources/AllowedValues/0",
            "changed /Parameters/CreateLinuxEC2DomainJoinResources/AllowedValues/1",
            "changed /Parameters/CreateLinuxEC2DomainJoinResources/Default",
            "changed /Parameters/CreateWindowsEC2DomainJoinResources/AllowedValues/0",
            "changed /Parameters/CreateWindowsEC2DomainJoinResources/AllowedValues/1",
            "changed /Parameters/CreateWindowsEC2DomainJoinResources/Default",
            "changed /Conditions/DHCPOptionSetCondition/Fn::Equals/1",
            "changed /Conditions/DomainMembersSGCondition/Fn::Equals/1",
            "changed /Conditions/LinuxEC2DomainJoinResourcesCondition/Fn::Equals/1",
            "changed /Conditions/WindowsEC2DomainJoinResourcesCondition/Fn::Equals/1",
        ],
        "Solutions/AmazonCloudWatchAgent/ssm/suse": [
            "removed /Mappings/RegionMap/eu-west-2/RHEL9",
            "added /Mappings/RegionMap/eu-west-2/SLES15SP5",
            "removed /Mappings/RegionMap/ap-northeast-1/RHEL9",
            "added /Mappings/RegionMap/ap-northeast-1/SLES15SP5",
            "removed /Mappings/RegionMap/ap-northeast-2/RHEL9",
            "added /Mappings/RegionMap/ap-northeast-2/SLES15SP5",
            "removed /Mappings/RegionMap/ap-southeast-1/RHEL9",
            "added /Mappings/RegionMap/ap-southeast-1/SLES15SP5",
            "removed /Mappings/RegionMap/ap-southeast-2/RHEL9",
            "added /Mappings/RegionMap/ap-southeast-2/SLES15SP5",
            "changed /Resources/EC2Instance/Properties/UserData/Fn::Base64/Fn::Sub/0",
        ],
        "Solutions/Gitea/Gitea": [
            "removed /Resources/Network/Type/Rain::Module",
            "added /Resources/Network/Type/Fn::Rain::Module",
            "removed /Resources/Server/Properties/UserData/Fn::Base64/Fn::Sub/Rain::Embed",
            "added /Resources/Server/Properties/UserData/Fn::Base64/Fn::Sub/Fn::Rain::Embed",
            "removed /Resources/CloudFront/Type/Rain::Module",
            "added /Resources/CloudFront/Type/Fn::Rain::Module",
        ],
        "Solutions/VSCode/VSCodeServer": [
            "removed /Resources/Network/Type/Rain::Module",
            "added /Resources/Network/Type/Fn::Rain::Module",
            "removed /Resources/Server/Properties/UserData/Fn::Base64/Fn::Sub/Rain::Embed",
            "added /Resources/Server/Properties/UserData/Fn::Base64/Fn::Sub/Fn::Rain::Embed",
            "removed /Resources/CloudFront/Type/Rain::Module",
            "added /Resources/CloudFront/Type/Fn::Rain::Module",
        ],
    ]
}
