import TextBasics

/// Draws a `DependencyGraph` as inline SVG: one `<g class="node">` per resource carrying
/// `data-logical-id` and `data-status` (its colour comes from the page's stylesheet by status), and
/// one arrow per dependency, from the resource to what it uses.
enum GraphSVG {
    static let nodeWidth = 190
    static let nodeHeight = 38
    static let columnGap = 60
    static let rowGap = 14
    static let margin = 10

    static func render(_ graph: DependencyGraph, status: (String) -> String, title: (String) -> String) -> String {
        let layers = (graph.nodes.map(\.layer).max() ?? -1) + 1
        let rows = (graph.nodes.map(\.row).max() ?? -1) + 1
        let width = margin * 2 + layers * nodeWidth + max(0, layers - 1) * columnGap
        let height = margin * 2 + rows * nodeHeight + max(0, rows - 1) * rowGap
        var positions: [String: (x: Int, y: Int)] = [:]
        for node in graph.nodes {
            positions[node.logicalId] = (
                margin + node.layer * (nodeWidth + columnGap), margin + node.row * (nodeHeight + rowGap)
            )
        }
        var out = "<svg class=\"graph\" xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" "
        out += "viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-label=\"resource dependency graph\">\n"
        out += "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"6\" "
        out += "markerHeight=\"6\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\"/></marker></defs>\n"
        for edge in graph.edges {
            guard let from = positions[edge.from], let to = positions[edge.to] else { continue }
            // Users sit right of what they use: the arrow runs from the user's left edge to the used's right.
            out += "<line class=\"edge\" \(HTMLText.attribute("data-from", edge.from)) "
            out += "\(HTMLText.attribute("data-to", edge.to)) x1=\"\(from.x)\" y1=\"\(from.y + nodeHeight / 2)\" "
            out += "x2=\"\(to.x + nodeWidth)\" y2=\"\(to.y + nodeHeight / 2)\" marker-end=\"url(#arrow)\"/>\n"
        }
        for node in graph.nodes {
            guard let at = positions[node.logicalId] else { continue }
            let state = status(node.logicalId)
            out += "<g class=\"node\" \(HTMLText.attribute("data-logical-id", node.logicalId)) "
            out += "\(HTMLText.attribute("data-status", state)) \(HTMLText.attribute("data-type", node.type))>"
            out += "<title>\(HTMLText.escape(title(node.logicalId)))</title>"
            out += "<rect x=\"\(at.x)\" y=\"\(at.y)\" width=\"\(nodeWidth)\" height=\"\(nodeHeight)\" rx=\"5\"/>"
            out += "<text x=\"\(at.x + 8)\" y=\"\(at.y + 16)\">\(HTMLText.escape(clip(node.logicalId, 26)))</text>"
            out += "<text class=\"type\" x=\"\(at.x + 8)\" y=\"\(at.y + 31)\">"
            out += "\(HTMLText.escape(clip(node.type.replacingText("AWS::", with: ""), 30)))</text></g>\n"
        }
        return out + "</svg>\n"
    }

    static func clip(_ text: String, _ count: Int) -> String { ValueText.clip(text, count) }
}
