/// One page of a paged listing, with the token for the next (nil on the last page).
public struct Page<Item: Sendable>: Sendable {
    public var items: [Item]
    public var nextToken: String?

    public init(items: [Item], nextToken: String?) {
        self.items = items
        self.nextToken = nextToken
    }
}

/// Follows `nextToken` until the last page. A bound stops a service that never ends its listing.
func collectPages<Item: Sendable>(
    maxPages: Int = 1000, _ fetch: (_ token: String?) async throws -> Page<Item>
) async throws -> [Item] {
    var items: [Item] = []
    var token: String?
    for _ in 0..<maxPages {
        let page = try await fetch(token)
        items += page.items
        guard let next = page.nextToken, !next.isEmpty else { break }
        token = next
    }
    return items
}
