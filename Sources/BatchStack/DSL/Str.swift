import Template
import TextBasics

/// A string-valued template expression: a literal, or an intrinsic function that yields a string.
///
/// String interpolation builds `Fn::Sub`: interpolating a parameter, a pseudo parameter or a resource
/// attribute writes `${Name}` / `${Logical.Attribute}`, so every name in a `Sub` comes from a typed
/// handle the compiler has checked, never from hand-typed text.
public struct Str: TemplateValue, Equatable {
    indirect enum Form: Sendable, Equatable {
        case literal(String)
        case ref(String)
        case getAtt(String, String)
        case sub(String, [Mapping.Entry])
        /// Any other function returning a string (`Fn::Join`, `Fn::Select`, ...), already in long form.
        case function(Node)
    }

    let form: Form

    init(_ form: Form) { self.form = form }

    public var node: Node {
        switch form {
        case .literal(let text):
            return .string(text)
        case .ref(let name):
            return Intrinsic.ref(name)
        case .getAtt(let logicalId, let attribute):
            return Intrinsic.getAtt(logicalId, attribute)
        case .sub(let text, let variables):
            return Intrinsic.sub(text, variables: variables)
        case .function(let node):
            return node
        }
    }

    /// `Fn::Join` of string parts.
    public static func join(_ separator: String, _ parts: [Str]) -> Str {
        Str(.function(Intrinsic.join(separator, .list(parts.map(\.node)))))
    }

    /// `Fn::Select` of one item of a list expression.
    public static func select(_ index: Int, from list: StrList) -> Str {
        Str(.function(Intrinsic.select(index, list.node)))
    }
}

extension Str: ExpressibleByStringInterpolation {
    public init(stringLiteral value: String) { self.init(.literal(value)) }

    public init(stringInterpolation: SubBuilder) {
        if stringInterpolation.referencesSomething {
            self.init(.sub(stringInterpolation.text, stringInterpolation.variables))
        } else {
            self.init(.literal(stringInterpolation.literal))
        }
    }
}

/// Collects an interpolated string as the text of an `Fn::Sub`.
public struct SubBuilder: StringInterpolationProtocol {
    var text = ""
    var literal = ""
    var variables: [Mapping.Entry] = []
    var referencesSomething = false

    public init(literalCapacity: Int, interpolationCount: Int) {}

    public mutating func appendLiteral(_ value: String) {
        literal += value
        // `${` in literal text must not be read as a variable: Sub's escape is `${!`.
        text += value.replacingText("${", with: "${!")
    }

    public mutating func appendInterpolation(_ value: Str) {
        switch value.form {
        case .literal(let piece):
            appendLiteral(piece)
        case .ref(let name):
            text += "${\(name)}"
            referencesSomething = true
        case .getAtt(let logicalId, let attribute):
            text += "${\(logicalId).\(attribute)}"
            referencesSomething = true
        case .sub(let inner, let innerVariables):
            text += inner
            variables += innerVariables
            referencesSomething = true
        case .function(let node):
            // A function Sub cannot inline gets a named variable of its own.
            let name = "Var\(variables.count + 1)"
            variables.append(Mapping.Entry(key: name, value: node))
            text += "${\(name)}"
            referencesSomething = true
        }
    }

    /// Swift text (a service's slug, a port) is literal template text, not a reference.
    public mutating func appendInterpolation(_ value: String) { appendLiteral(value) }

    public mutating func appendInterpolation(_ value: Int) { appendLiteral(String(value)) }

    public mutating func appendInterpolation<Kind: ScalarParameterKind>(_ parameter: Parameter<Kind>) {
        appendInterpolation(parameter.ref)
    }
}
