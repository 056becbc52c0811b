import AWS

extension AWSOptions {
    /// A client whose credentials are `roleArn`'s, assumed with this run's own credentials (a fleet
    /// entry in another account); the region, endpoints, retries and CA bundle are the run's.
    func makeClient(deadline: Duration?, assuming roleArn: String, origin: String) throws -> AWSClient {
        let configuration = try configuration()
        do {
            let transport = CurlTransport(options: CurlOptions(caBundle: try configuration.caBundle().value))
            let credentials = configuration.credentialProvider(
                assuming: roleArn, origin: origin, transport: transport, mfaCode: MFAPrompt.codes(token: mfaToken))
            return AWSClient(
                region: try configuration.requireRegion(), credentials: credentials, transport: transport,
                retry: try configuration.retryPolicy(RetryPolicy(deadline: deadline)),
                endpoint: { try configuration.endpoint(for: $0) })
        } catch {
            throw CLIFailure.from(error)
        }
    }
}
