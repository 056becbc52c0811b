import FoundationEssentials

extension AWSClient {
    /// Sends one operation with retries; returns the 2xx answer or throws `AWSError`.
    /// Every attempt is signed afresh (a new date) with possibly refreshed credentials.
    func send(_ api: AWSService, _ operation: String, build: (URL) -> HTTPRequest) async throws -> HTTPResponse {
        let service = api.signingName
        if let undeclared = OperationScope.undeclared(service: api, operation: operation) { throw undeclared }
        if let missing = NativeLibraries.cryptoMissing {
            throw AWSError(
                kind: .configuration, service: service, operation: operation, code: .libraryMissing, message: missing)
        }
        let endpoint: ResolvedEndpoint
        do {
            endpoint = try self.endpoint(for: api)
        } catch {
            throw AWSError(
                kind: .configuration, service: service, operation: operation, code: .configuration, message: "\(error)"
            )
        }
        let unsigned = build(endpoint.url)
        let signer = SigV4Signer(
            service: endpoint.signingName, region: endpoint.signingRegion, options: api.signing, clock: signingClock)
        do {
            return try await attempts(api, operation, endpoint: endpoint, request: unsigned, signer: signer)
        } catch let error as AWSError {
            throw Self.configurationError(error, endpoint: endpoint)
        }
    }

    /// A name that does not resolve, or a refused connection, at an endpoint the user configured is their
    /// configuration (exit 2), not a passing outage (exit 3) as it would be at AWS's own endpoints.
    static func configurationError(_ error: AWSError, endpoint: ResolvedEndpoint) -> AWSError {
        guard endpoint.source != .standard, let failure = error.transport,
            [.dns, .connectionRefused].contains(failure.kind)
        else { return error }
        return AWSError(
            kind: .configuration, service: error.service, operation: error.operation, code: .endpointUnreachable,
            message: "\(failure.description) (the endpoint set by \(endpoint.source.rawValue)); check that it is right "
                + "and listening", attempts: error.attempts, transport: failure)
    }

    private func attempts(
        _ api: AWSService, _ operation: String, endpoint: ResolvedEndpoint, request unsigned: HTTPRequest,
        signer: SigV4Signer
    ) async throws -> HTTPResponse {
        let service = api.signingName
        return try await retry.perform(service: service, operation: operation) { timeout in
            let keys: Credentials
            do {
                // Getting credentials (an STS AssumeRole) is the caller's identity's business, not the
                // command's: it is outside the command's declared operations and its policy.
                keys = try await OperationScope.$current.withValue(nil) { try await credentials.credentials() }
            } catch {
                throw AWSError(
                    kind: .credentials, service: service, operation: operation, code: .noCredentials,
                    message: "\(error)")
            }
            SecretRedactor.remember(keys)
            let request = signer.sign(unsigned, credentials: keys)
            let response: HTTPResponse
            do {
                response = try await transport.send(request, timeout: timeout)
            } catch let failure as TransportError {
                throw AWSError(
                    kind: .transport, service: service, operation: operation, code: AWSErrorCode(failure.kind.rawValue),
                    message: failure.description, transport: failure)
            }
            guard (200..<300).contains(response.status) else {
                switch api.wire {
                case .query, .rest, .bearer: throw QueryProtocol.error(response, service: service, operation: operation)
                case .json: throw JSONProtocol.error(response, service: service, operation: operation)
                }
            }
            return response
        }
    }
}
