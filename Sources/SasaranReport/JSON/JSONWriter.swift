import Sasaran
/// Hand-written JSON into a byte buffer, for output too large or too hot for `JSONEncoder`
/// (GeoJSON coordinates). Strings are escaped per RFC 8259 (quote, backslash, control
/// characters); numbers are written by ``NumberText``; nothing is pretty printed.
struct JSONWriter {
    /// The bytes written so far (UTF-8).
    private(set) var bytes: [UInt8] = []

    /// The text written so far.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Reserves room for `count` more bytes.
    mutating func reserve(_ count: Int) { bytes.reserveCapacity(bytes.count + count) }

    /// Appends JSON syntax as it is.
    mutating func raw(_ text: String) { bytes.append(contentsOf: text.utf8) }

    /// Appends a quoted, escaped string.
    mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): raw("\\\"")
            case UInt8(ascii: "\\"): raw("\\\\")
            case 0x0A: raw("\\n")
            case 0x0D: raw("\\r")
            case 0x09: raw("\\t")
            case 0x08: raw("\\b")
            case 0x0C: raw("\\f")
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                raw("\\u00")
                bytes.append(hex[Int(byte >> 4)])
                bytes.append(hex[Int(byte & 0x0F)])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Appends one scalar (`null` for numbers that are not finite).
    mutating func scalar(_ value: JSONScalar) {
        switch value {
        case .string(let text): string(text)
        case .int(let n): raw(String(n))
        case .number(let x): raw(NumberText.exact(x) ?? "null")
        case .bool(let flag): raw(flag ? "true" : "false")
        case .null: raw("null")
        case .digits(let text): raw(text)
        }
    }

    /// Appends an object of scalars, keys in the given order.
    mutating func object(_ fields: [(key: String, value: JSONScalar)]) {
        raw("{")
        for (index, field) in fields.enumerated() {
            if index > 0 { raw(",") }
            string(field.key)
            raw(":")
            scalar(field.value)
        }
        raw("}")
    }

    /// Appends a coordinate (at most 7 decimals).
    mutating func coordinate(_ x: Double) {
        if !NumberText.appendCoordinate(x, to: &bytes) { raw(NumberText.coordinate(x) ?? "null") }
    }
}
