import FoundationEssentials

/// The calls the service facades are made of: one per wire protocol, and one that follows a listing's
/// pages. Each takes the operation it sends (a service's `Operation` case, or an `AWSOperation`), so an
/// operation's service, wire name and IAM action are written once, in its service's declaration.
extension AWSClient {
    /// One query-protocol call; returns the `<ActionResult>` element.
    public func query(
        _ operation: some OperationDeclaration, _ parameters: QueryParameters = QueryParameters()
    ) async throws -> XMLTree {
        let operation = operation.operation
        let api = operation.service
        guard case .query(let version, _) = api.wire else {
            preconditionFailure("\(api.serviceId) does not speak the query protocol")
        }
        let response = try await send(api, operation.name) { url in
            QueryProtocol.request(url: url, action: operation.name, version: version, parameters: parameters)
        }
        do {
            return try QueryProtocol.result(response, action: operation.name)
        } catch {
            throw invalidResponse(operation, response, "\(error)")
        }
    }

    /// A query-protocol listing, every page: `items` reads one answer's items, the service's paging
    /// style (`AWSService.Wire.query`) finds the next token.
    public func queryPages<Item: Sendable>(
        _ operation: some OperationDeclaration, _ parameters: QueryParameters = QueryParameters(),
        items: (XMLTree) -> [Item]
    ) async throws -> [Item] {
        let operation = operation.operation
        guard case .query(_, let paging) = operation.service.wire else {
            preconditionFailure("\(operation.service.serviceId) does not speak the query protocol")
        }
        return try await collectPages { token in
            var page = parameters
            page.set(paging.request, token)
            let result = try await query(operation, page)
            return Page(items: items(result), nextToken: paging.next(in: result))
        }
    }

    /// One JSON 1.1 call with an `Encodable` input and a `Decodable` output.
    public func json<Input: Encodable & Sendable, Output: Decodable>(
        _ operation: some OperationDeclaration, _ input: Input, as output: Output.Type = Output.self
    ) async throws -> Output {
        try await json(operation.operation, input, as: output, userInfo: [:])
    }

    private func json<Input: Encodable & Sendable, Output: Decodable>(
        _ operation: AWSOperation, _ input: Input, as output: Output.Type,
        userInfo: [CodingUserInfoKey: any Sendable]
    ) async throws -> Output {
        let api = operation.service
        guard case .json(let prefix, let pascalCase, _) = api.wire else {
            preconditionFailure("\(api.serviceId) does not speak JSON 1.1")
        }
        let body = try JSONProtocol.encode(input, pascalCase: pascalCase)
        let response = try await send(api, operation.name) { url in
            JSONProtocol.request(url: url, targetPrefix: prefix, operation: operation.name, body: body)
        }
        do {
            return try JSONProtocol.decode(output, from: response.body, pascalCase: pascalCase, userInfo: userInfo)
        } catch {
            throw invalidResponse(operation, response, DecodingErrorText.describe(error))
        }
    }

    /// One JSON 1.1 call with its input written out as JSON values.
    public func json<Output: Decodable>(
        _ operation: some OperationDeclaration, _ input: [String: JSONInput], as output: Output.Type = Output.self
    ) async throws -> Output {
        try await json(operation, JSONInput.object(input), as: output)
    }

    /// A JSON 1.1 call whose answer is not read (`{}` or nothing at all).
    public func json(_ operation: some OperationDeclaration, _ input: [String: JSONInput]) async throws {
        _ = try await json(operation, input, as: EmptyOutput.self)
    }

    /// A JSON 1.1 listing, every page: the items are the answer's member `list` (its Swift name,
    /// `serviceArns`); the service names the token (`AWSService.Wire.json`).
    public func jsonPages<Item: Decodable & Sendable>(
        _ operation: some OperationDeclaration, _ input: [String: JSONInput], list: String, of item: Item.Type
    ) async throws -> [Item] {
        let operation = operation.operation
        guard case .json(_, _, let pageToken) = operation.service.wire else {
            preconditionFailure("\(operation.service.serviceId) does not speak JSON 1.1")
        }
        let names = Listing<Item>.Names(list: list, token: pageToken.prefix(1).lowercased() + pageToken.dropFirst())
        return try await collectPages { token in
            var page = input
            if let token { page[pageToken] = .string(token) }
            let answer = try await json(
                operation, JSONInput.object(page), as: Listing<Item>.self, userInfo: [Listing<Item>.names: names])
            return Page(items: answer.items, nextToken: answer.nextToken)
        }
    }

    /// A REST call (S3): the operation builds its request from the endpoint's URL.
    public func rest(_ operation: some OperationDeclaration, _ build: (URL) -> HTTPRequest) async throws
        -> HTTPResponse
    {
        let operation = operation.operation
        return try await send(operation.service, operation.name, build: build)
    }

    private func invalidResponse(_ operation: AWSOperation, _ response: HTTPResponse, _ why: String) -> AWSError {
        AWSError(
            kind: .invalidResponse, service: operation.service.signingName, operation: operation.name,
            code: .invalidResponse, message: why, requestId: response.header("x-amzn-RequestId"),
            status: response.status)
    }
}

/// One answer of a JSON listing: the list member the call names, and the token of the next page.
struct Listing<Item: Decodable & Sendable>: Decodable {
    struct Names: Sendable {
        var list: String
        var token: String
    }

    static var names: CodingUserInfoKey { CodingUserInfoKey(rawValue: "stackcheck.listing")! }

    var items: [Item]
    var nextToken: String?

    init(from decoder: any Decoder) throws {
        guard let names = decoder.userInfo[Self.names] as? Names else {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "a listing without its names"))
        }
        let container = try decoder.container(keyedBy: MemberKey.self)
        items = try container.decodeIfPresent([Item].self, forKey: MemberKey(names.list)) ?? []
        nextToken = try container.decodeIfPresent(String.self, forKey: MemberKey(names.token))
    }
}

/// A member named at run time.
struct MemberKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }

    init(_ name: String) { stringValue = name }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

/// For operations that answer `{}` (or nothing at all).
struct EmptyOutput: Decodable {}

/// Runs `body` on `items` in slices of at most `size` (the batch limit of a Describe call), in order.
func inBatches<Item, Result>(of size: Int, _ items: [Item], _ body: ([Item]) async throws -> [Result])
    async throws -> [Result]
{
    var results: [Result] = []
    for start in stride(from: 0, to: items.count, by: size) {
        results += try await body(Array(items[start..<min(start + size, items.count)]))
    }
    return results
}
