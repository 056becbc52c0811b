import Foundation

extension AWSClient {
    /// Sends one operation with retries; returns the 2xx answer or throws `AWSError`.
    /// Every attempt is signed afresh (a new date) with possibly refreshed credentials.
    func send(_ api: ServiceAPI, _ operation: String, build: (URL) -> HTTPRequest) async throws -> HTTPResponse {
        let service = api.service.signingName
        if let undeclared = OperationScope.undeclared(service: api.service, operation: operation) { throw undeclared }
        let endpoint: ResolvedEndpoint
        do {
            endpoint = try self.endpoint(for: api.service)
        } catch {
            throw AWSError(
                kind: .configuration, service: service, operation: operation, code: "Configuration", message: "\(error)"
            )
        }
        let unsigned = build(endpoint.url)
        let signer = SigV4Signer(
            service: endpoint.signingName, region: endpoint.signingRegion, options: api.signing, clock: signingClock)
        return try await retry.perform(service: service, operation: operation) { timeout in
            let keys: Credentials
            do {
                // Getting credentials (an STS AssumeRole) is the caller's identity's business, not the
                // command's: it is outside the command's declared operations and its policy.
                keys = try await OperationScope.$current.withValue(nil) { try await credentials.credentials() }
            } catch {
                throw AWSError(
                    kind: .credentials, service: service, operation: operation, code: "NoCredentials",
                    message: "\(error)")
            }
            let request = signer.sign(unsigned, credentials: keys)
            let response: HTTPResponse
            do {
                response = try await transport.send(request, timeout: timeout)
            } catch let failure as TransportError {
                throw AWSError(
                    kind: .transport, service: service, operation: operation, code: failure.kind.rawValue,
                    message: failure.description, transport: failure)
            }
            guard (200..<300).contains(response.status) else {
                switch api.wire {
                case .query, .rest: throw QueryProtocol.error(response, service: service, operation: operation)
                case .json: throw JSONProtocol.error(response, service: service, operation: operation)
                }
            }
            return response
        }
    }
}
