/// The key type the standard library's `Dictionary<String, _>` codes its keys with.
///
/// `JSONDecoder` and `JSONEncoder` never apply a key strategy to a dictionary's keys (a tag map's keys
/// are data, not member names); our coders rename only members of models, so they must tell a
/// dictionary's container from a model's. The type is internal to the standard library, so it is
/// learnt once by asking a dictionary to decode itself from a decoder that records the key type it is
/// asked for; a container then compares one `ObjectIdentifier`, with no dynamic cast per value.
enum DictionaryCodingKey {
    static let type: ObjectIdentifier = {
        do {
            _ = try [String: Bool](from: KeyTypeProbe())
        } catch let found as KeyTypeProbe.Found {
            return found.key
        } catch {}
        return ObjectIdentifier(Never.self)
    }()

    private struct KeyTypeProbe: Decoder {
        struct Found: Error {
            var key: ObjectIdentifier
        }

        var codingPath: [any CodingKey] { [] }
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
            throw Found(key: ObjectIdentifier(Key.self))
        }

        func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
            throw Found(key: ObjectIdentifier(Never.self))
        }

        func singleValueContainer() throws -> any SingleValueDecodingContainer {
            throw Found(key: ObjectIdentifier(Never.self))
        }
    }
}
