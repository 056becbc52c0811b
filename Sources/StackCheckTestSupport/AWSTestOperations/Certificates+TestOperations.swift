import AWS

/// An HTTPS listener's certificate and SSL policy, made and changed out of band by drift's tests.
extension IAM {
    /// Uploads a placeholder server certificate (the emulator does not parse it); returns its ARN.
    public func uploadServerCertificate(name: String) async throws -> String {
        var query = QueryParameters()
        query.set("ServerCertificateName", name)
        query.set("CertificateBody", "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n")
        query.set("PrivateKey", "-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----\n")
        let result = try await client.query(.testOnly(.iam, "UploadServerCertificate"), query)
        return result["ServerCertificateMetadata"]?.string("Arn") ?? ""
    }
}

extension ELBv2 {
    /// ModifyListener with a new SSL policy and default certificate.
    public func modifyListener(arn: String, sslPolicy: String, certificate: String) async throws {
        var query = QueryParameters()
        query.set("ListenerArn", arn)
        query.set("SslPolicy", sslPolicy)
        query.set("Certificates.member.1.CertificateArn", certificate)
        _ = try await client.query(.testOnly(.elasticLoadBalancingV2, "ModifyListener"), query)
    }
}
