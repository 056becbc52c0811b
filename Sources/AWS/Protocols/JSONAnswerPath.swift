/// Where a value being decoded sits in the answer, and the decode it belongs to.
///
/// A linked list from the value up to the answer, so that going one level deeper is one small node and
/// the `[any CodingKey]` a `DecodingError` carries is built only when something asks for it (an error,
/// or a model reading `codingPath`). The options ride along so that a decoder stays small enough for
/// an existential's inline buffer.
final class JSONAnswerPath {
    let parent: JSONAnswerPath?
    /// The member or index this node adds to its parent's path; nil at the answer itself.
    let key: (any CodingKey)?
    let options: JSONAnswerOptions

    init(parent: JSONAnswerPath?, key: (any CodingKey)?, options: JSONAnswerOptions) {
        self.parent = parent
        self.key = key
        self.options = options
    }

    /// The path one member or index deeper.
    func appending(_ key: any CodingKey) -> JSONAnswerPath {
        JSONAnswerPath(parent: self, key: key, options: options)
    }

    var codingPath: [any CodingKey] {
        var keys: [any CodingKey] = []
        var node: JSONAnswerPath? = self
        while let current = node {
            if let key = current.key { keys.append(key) }
            node = current.parent
        }
        return keys.reversed()
    }

    /// `codingPath` and then `key`, for the errors of one member or element.
    func codingPath(then key: (any CodingKey)?) -> [any CodingKey] {
        guard let key else { return codingPath }
        return codingPath + [key]
    }
}

/// What holds for a whole decode: the service's member naming and the caller's user info (`Listing`
/// reads its member names from it).
final class JSONAnswerOptions {
    /// Application Auto Scaling's members are `PascalCase`, the models' properties `camelCase`.
    let pascalCase: Bool
    let userInfo: [CodingUserInfoKey: Any]

    init(pascalCase: Bool, userInfo: [CodingUserInfoKey: Any]) {
        self.pascalCase = pascalCase
        self.userInfo = userInfo
    }
}

/// An element's place in an array, as `JSONDecoder` names it (`Index 3`, intValue 3), so that paths
/// render as `logGroups[0].logGroupName` (`DecodingErrorText`).
struct JSONIndexKey: CodingKey {
    var intValue: Int?
    var stringValue: String { "Index \(intValue ?? 0)" }

    init(index: Int) { intValue = index }
    init?(intValue: Int) { self.intValue = intValue }
    init?(stringValue: String) { nil }
}

/// The member `super`, as `JSONDecoder` names it for `superDecoder()`.
struct JSONSuperKey: CodingKey {
    var stringValue: String { "super" }
    var intValue: Int? { nil }

    init() {}
    init?(stringValue: String) { nil }
    init?(intValue: Int) { nil }
}
