import Template

/// A value from a service's answer, as the template writes it; nil (a field the answer leaves out) is no property.
protocol ShapeValue {
    var shapeNode: Node? { get }
}

extension String: ShapeValue { var shapeNode: Node? { .string(self) } }
extension Int: ShapeValue { var shapeNode: Node? { .number(String(self)) } }
extension Double: ShapeValue { var shapeNode: Node? { .number(Shape.text(self)) } }
extension Bool: ShapeValue { var shapeNode: Node? { .bool(self) } }
extension Shape: ShapeValue { var shapeNode: Node? { .mapping(mapping) } }
// Closures, not key paths (`\.shapeNode`): a key path in a generic context is built anew at every call, which
// was 4% of a drift's instructions.
extension Array: ShapeValue where Element: ShapeValue { var shapeNode: Node? { .list(compactMap { $0.shapeNode }) } }
extension Optional: ShapeValue where Wrapped: ShapeValue { var shapeNode: Node? { flatMap { $0.shapeNode } } }

extension Shape {
    /// The fields in the order given, less those the answer does not have.
    init(_ fields: KeyValuePairs<String, any ShapeValue>) {
        for (key, value) in fields {
            if let node = value.shapeNode { mapping[key] = node }
        }
    }
}
