extension BatchProcessingStack {
    /// The seed README's ten parameters, with its names and types, so its create-stack command works as is.
    struct Parameters {
        let environmentSuffix: Parameter<TextParameter>
        let vpcId: Parameter<VpcIdParameter>
        let privateSubnetIds: Parameter<SubnetIdListParameter>
        let publicSubnetIds: Parameter<SubnetIdListParameter>
        let images: [String: Parameter<TextParameter>]
        let xrayImageUri: Parameter<TextParameter>
        let secretsManagerArn: Parameter<TextParameter>
        let s3BucketName: Parameter<TextParameter>

        init(declaringIn stack: inout StackBuilder) {
            environmentSuffix = stack.parameter(
                "EnvironmentSuffix", TextParameter.self,
                description: "Unique suffix for resource naming (e.g. prod-123)", constraints: .nameSuffix)
            vpcId = stack.parameter("VpcId", VpcIdParameter.self, description: "VPC ID where resources will be created")
            privateSubnetIds = stack.parameter(
                "PrivateSubnetIds", SubnetIdListParameter.self,
                description: "Private subnet IDs for the ECS tasks (at least 2, in different AZs, with a NAT route)")
            publicSubnetIds = stack.parameter(
                "PublicSubnetIds", SubnetIdListParameter.self,
                description: "Public subnet IDs for the ALB (at least 2, in different AZs)")
            var images: [String: Parameter<TextParameter>] = [:]
            for service in BatchProcessingStack.services {
                images[service.slug] = stack.parameter(
                    service.imageParameter, TextParameter.self, description: "ECR image URI for \(service.slug)",
                    constraints: .init(minLength: 1))
            }
            self.images = images
            xrayImageUri = stack.parameter(
                "XRayImageUri", TextParameter.self, description: "X-Ray daemon image URI",
                constraints: .init(minLength: 1))
            secretsManagerArn = stack.parameter(
                "SecretsManagerArn", TextParameter.self,
                description: "ARN of the Secrets Manager secret with the database credentials and API keys",
                constraints: .init(
                    allowedPattern: "^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:[0-9]{12}:secret:.+$",
                    description: "a Secrets Manager secret ARN"))
            s3BucketName = stack.parameter(
                "S3BucketName", TextParameter.self, description: "S3 bucket for output data",
                constraints: .init(
                    allowedPattern: "^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$",
                    description: "an S3 bucket name: 3-63 lowercase letters, digits, dots and hyphens"))
        }

        func image(of service: BatchService) -> Parameter<TextParameter> { images[service.slug]! }
    }
}
