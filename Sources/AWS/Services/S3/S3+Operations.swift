/// The S3 operations commands declare (see `ServiceOperation`): deploy's upload of a large template.
extension S3 {
    public enum Operation: String, ServiceOperation {
        case putObject

        public static let service = AWSService.s3

        public var resource: IAMResourceKind { .templateUpload }
    }
}
