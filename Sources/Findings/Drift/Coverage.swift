import Template

/// What the drift check did with one resource or property, so nothing is reported in sync that was
/// not looked at.
public struct CoverageEntry: Sendable, Equatable {
    public enum State: Sendable, Equatable {
        case checked
        case notChecked(reason: String)
        case drifted

        public var name: String {
            switch self {
            case .checked: "checked"
            case .notChecked: "notChecked"
            case .drifted: "drifted"
            }
        }
    }

    public var logicalId: String
    public var resourceType: String
    /// The property's JSON Pointer, or the resource's (`/Resources/X`) for the resource as a whole.
    public var path: String
    public var state: State

    public init(logicalId: String, resourceType: String, path: String, state: State) {
        self.logicalId = logicalId
        self.resourceType = resourceType
        self.path = path
        self.state = state
    }

    public var reason: String? {
        if case .notChecked(let reason) = state { return reason }
        return nil
    }
}

/// Finding paths: RFC 6901 JSON Pointers into the template, spelled through the one `JSONPointer`.
public enum FindingPath {
    public static func escape(_ token: String) -> String { JSONPointer.escape(token) }

    public static func join(_ base: String, _ tokens: String...) -> String { base + JSONPointer.pointer(tokens) }

    public static func resource(_ logicalId: String) -> String { join("", "Resources", logicalId) }

    public static func property(_ logicalId: String, _ name: String) -> String {
        join("", "Resources", logicalId, "Properties", name)
    }
}
