/// The S3 operations commands declare (see `AWSOperation`): deploy's upload of a large template.
extension S3 {
    public enum Operation {
        public static let putObject = AWSOperation(.s3, "PutObject", .templateUpload)
    }
}
