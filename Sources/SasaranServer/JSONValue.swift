import Foundation

/// A parsed JSON value that keeps booleans apart from numbers (and numbers as written in their
/// shortest form), for reading a request body into scenario text.
enum JSONValue: Decodable {
    case object([String: JSONValue])
    case array([JSONValue])
    case string(String)
    case number(String)
    case bool(Bool)
    case null

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null; return }
        if let flag = try? container.decode(Bool.self) { self = .bool(flag); return }
        if let whole = try? container.decode(Int.self) { self = .number(String(whole)); return }
        if let number = try? container.decode(Double.self) {
            guard number.isFinite else { throw DecodingError.dataCorruptedError(in: container, debugDescription: "a number is not finite") }
            self = .number("\(number)"); return
        }
        if let text = try? container.decode(String.self) { self = .string(text); return }
        if let list = try? container.decode([JSONValue].self) { self = .array(list); return }
        self = .object(try container.decode([String: JSONValue].self))
    }
}
