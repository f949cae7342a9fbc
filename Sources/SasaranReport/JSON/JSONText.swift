import Sasaran
/// Deterministic JSON for every JSON output of the tool, from any `Encodable`: keys sorted,
/// pretty printed (two spaces), slashes not escaped, a trailing newline; numbers as
/// ``NumberText/exact(_:)`` writes them; **numbers that are not finite and `nil` optionals are
/// written as `null`**, so a domain type encodes itself with its synthesized conformance and no
/// emitter ever fails on NaN or drops a key.
///
/// Written by hand because `JSONEncoder` has no strategy that writes `null` for a non-finite
/// number (it throws, or writes a string) and omits `nil` optionals instead of writing `null`.
public enum JSONText {
    /// `value` as JSON text.
    public static func encode<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = TreeEncoder()
        try value.encode(to: encoder)
        var writer = JSONWriter()
        write(encoder.storage.value ?? .scalar(.null), indent: 0, into: &writer)
        writer.raw("\n")
        return writer.text
    }

    private static func write(_ node: JSONNode, indent: Int, into out: inout JSONWriter) {
        switch node {
        case .scalar(let scalar):
            out.scalar(scalar)
        case .array(let box):
            guard !box.items.isEmpty else { out.raw("[]"); return }
            out.raw("[\n")
            for (k, item) in box.items.enumerated() {
                out.raw(String(repeating: " ", count: indent + 2))
                write(item.value ?? .scalar(.null), indent: indent + 2, into: &out)
                out.raw(k + 1 < box.items.count ? ",\n" : "\n")
            }
            out.raw(String(repeating: " ", count: indent) + "]")
        case .object(let box):
            guard !box.fields.isEmpty else { out.raw("{}"); return }
            out.raw("{\n")
            let keys = box.fields.keys.sorted()
            for (k, key) in keys.enumerated() {
                out.raw(String(repeating: " ", count: indent + 2))
                out.string(key)
                out.raw(" : ")
                write(box.fields[key]!.value ?? .scalar(.null), indent: indent + 2, into: &out)
                out.raw(k + 1 < keys.count ? ",\n" : "\n")
            }
            out.raw(String(repeating: " ", count: indent) + "}")
        }
    }
}

/// A JSON value under construction. Arrays and objects are boxes so that nested containers can
/// be filled after they are attached.
private indirect enum JSONNode {
    case scalar(JSONScalar)
    case array(ArrayBox)
    case object(ObjectBox)
}

private final class Slot { var value: JSONNode? }
private final class ArrayBox { var items: [Slot] = [] }
private final class ObjectBox { var fields: [String: Slot] = [:] }

private final class TreeEncoder: Encoder {
    let storage: Slot
    let codingPath: [CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(storage: Slot = Slot(), codingPath: [CodingKey] = []) {
        self.storage = storage
        self.codingPath = codingPath
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let box: ObjectBox
        if case .object(let existing)? = storage.value { box = existing } else { box = ObjectBox(); storage.value = .object(box) }
        return KeyedEncodingContainer(KeyedContainer<Key>(box: box, codingPath: codingPath))
    }

    func unkeyedContainer() -> UnkeyedEncodingContainer {
        let box: ArrayBox
        if case .array(let existing)? = storage.value { box = existing } else { box = ArrayBox(); storage.value = .array(box) }
        return UnkeyedContainer(box: box, codingPath: codingPath)
    }

    func singleValueContainer() -> SingleValueEncodingContainer { SingleContainer(slot: storage, codingPath: codingPath) }
}

/// Encodes one value into `slot`: scalars directly, anything else through a nested encoder.
private func encodeValue<T: Encodable>(_ value: T, into slot: Slot, codingPath: [CodingKey]) throws {
    switch value {
    case let x as Double: slot.value = .scalar(.number(x))
    case let x as Float: slot.value = .scalar(.number(Double(x)))
    case let text as String: slot.value = .scalar(.string(text))
    case let flag as Bool: slot.value = .scalar(.bool(flag))
    case let n as Int: slot.value = .scalar(.int(n))
    default: try value.encode(to: TreeEncoder(storage: slot, codingPath: codingPath))
    }
}

private struct IndexKey: CodingKey {
    var stringValue: String { String(intValue!) }
    var intValue: Int?
    init(_ index: Int) { intValue = index }
    init?(stringValue: String) { nil }
    init?(intValue: Int) { self.intValue = intValue }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let box: ObjectBox
    let codingPath: [CodingKey]

    private func slot(_ key: Key) -> Slot {
        let slot = Slot()
        box.fields[key.stringValue] = slot
        return slot
    }

    mutating func encodeNil(forKey key: Key) throws { slot(key).value = .scalar(.null) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { slot(key).value = .scalar(.bool(value)) }
    mutating func encode(_ value: String, forKey key: Key) throws { slot(key).value = .scalar(.string(value)) }
    mutating func encode(_ value: Double, forKey key: Key) throws { slot(key).value = .scalar(.number(value)) }
    mutating func encode(_ value: Float, forKey key: Key) throws { slot(key).value = .scalar(.number(Double(value))) }
    mutating func encode(_ value: Int, forKey key: Key) throws { slot(key).value = .scalar(.int(value)) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { slot(key).value = .scalar(.integer(value)) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { slot(key).value = .scalar(.integer(value)) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { slot(key).value = .scalar(.integer(value)) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { slot(key).value = .scalar(.integer(value)) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { slot(key).value = .scalar(.integer(value)) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { slot(key).value = .scalar(.integer(value)) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { slot(key).value = .scalar(.integer(value)) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { slot(key).value = .scalar(.integer(value)) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { slot(key).value = .scalar(.integer(value)) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try encodeValue(value, into: slot(key), codingPath: codingPath + [key])
    }
    // `nil` is written as `null`, not left out.
    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }
    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }
    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        TreeEncoder(storage: slot(key), codingPath: codingPath + [key]).container(keyedBy: keyType)
    }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
        TreeEncoder(storage: slot(key), codingPath: codingPath + [key]).unkeyedContainer()
    }
    mutating func superEncoder() -> Encoder { TreeEncoder(storage: Slot(), codingPath: codingPath) }
    mutating func superEncoder(forKey key: Key) -> Encoder { TreeEncoder(storage: slot(key), codingPath: codingPath + [key]) }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let box: ArrayBox
    let codingPath: [CodingKey]
    var count: Int { box.items.count }

    private func slot() -> Slot {
        let slot = Slot()
        box.items.append(slot)
        return slot
    }

    mutating func encodeNil() throws { slot().value = .scalar(.null) }
    mutating func encode(_ value: Double) throws { slot().value = .scalar(.number(value)) }
    mutating func encode(_ value: String) throws { slot().value = .scalar(.string(value)) }
    mutating func encode(_ value: Int) throws { slot().value = .scalar(.int(value)) }
    mutating func encode(_ value: Int8) throws { slot().value = .scalar(.integer(value)) }
    mutating func encode(_ value: Int16) throws { slot().value = .scalar(.integer(value)) }
    mutating func encode(_ value: Int32) throws { slot().value = .scalar(.integer(value)) }
    mutating func encode(_ value: Int64) throws { slot().value = .scalar(.integer(value)) }
    mutating func encode(_ value: UInt) throws { slot().value = .scalar(.integer(value)) }
    mutating func encode(_ value: UInt8) throws { slot().value = .scalar(.integer(value)) }
    mutating func encode(_ value: UInt16) throws { slot().value = .scalar(.integer(value)) }
    mutating func encode(_ value: UInt32) throws { slot().value = .scalar(.integer(value)) }
    mutating func encode(_ value: UInt64) throws { slot().value = .scalar(.integer(value)) }
    mutating func encode(_ value: Bool) throws { slot().value = .scalar(.bool(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        try encodeValue(value, into: slot(), codingPath: codingPath + [IndexKey(count)])
    }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        TreeEncoder(storage: slot(), codingPath: codingPath).container(keyedBy: keyType)
    }
    mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer {
        TreeEncoder(storage: slot(), codingPath: codingPath).unkeyedContainer()
    }
    mutating func superEncoder() -> Encoder { TreeEncoder(storage: slot(), codingPath: codingPath) }
}

private struct SingleContainer: SingleValueEncodingContainer {
    let slot: Slot
    let codingPath: [CodingKey]

    mutating func encodeNil() throws { slot.value = .scalar(.null) }
    mutating func encode(_ value: Bool) throws { slot.value = .scalar(.bool(value)) }
    mutating func encode(_ value: String) throws { slot.value = .scalar(.string(value)) }
    mutating func encode(_ value: Double) throws { slot.value = .scalar(.number(value)) }
    mutating func encode(_ value: Float) throws { slot.value = .scalar(.number(Double(value))) }
    mutating func encode(_ value: Int) throws { slot.value = .scalar(.int(value)) }
    mutating func encode(_ value: Int8) throws { slot.value = .scalar(.integer(value)) }
    mutating func encode(_ value: Int16) throws { slot.value = .scalar(.integer(value)) }
    mutating func encode(_ value: Int32) throws { slot.value = .scalar(.integer(value)) }
    mutating func encode(_ value: Int64) throws { slot.value = .scalar(.integer(value)) }
    mutating func encode(_ value: UInt) throws { slot.value = .scalar(.integer(value)) }
    mutating func encode(_ value: UInt8) throws { slot.value = .scalar(.integer(value)) }
    mutating func encode(_ value: UInt16) throws { slot.value = .scalar(.integer(value)) }
    mutating func encode(_ value: UInt32) throws { slot.value = .scalar(.integer(value)) }
    mutating func encode(_ value: UInt64) throws { slot.value = .scalar(.integer(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws { try encodeValue(value, into: slot, codingPath: codingPath) }
}
