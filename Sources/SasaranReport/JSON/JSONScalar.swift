/// One JSON value that is not an array or object. The JSON emitter encodes it with
/// `JSONEncoder`; the GeoJSON emitter writes it by hand (``JSONWriter``). Numbers that are not
/// finite become `null`, so neither ever emits NaN or infinity.
enum JSONScalar: Encodable, Equatable {
    case string(String)
    case int(Int)
    case number(Double)
    case bool(Bool)
    case null
    /// An integer beyond `Int`'s range (a `UInt64` seed), as its decimal digits.
    case digits(String)

    /// Any integer.
    static func integer<T: BinaryInteger>(_ n: T) -> JSONScalar { Int(exactly: n).map(JSONScalar.int) ?? .digits(String(n)) }

    /// A string, or `null` for `nil`.
    static func nullable(_ text: String?) -> JSONScalar { text.map(JSONScalar.string) ?? .null }
    /// An integer, or `null` for `nil`.
    static func nullable(_ n: Int?) -> JSONScalar { n.map(JSONScalar.int) ?? .null }
    /// A number, or `null` for `nil`.
    static func nullable(_ x: Double?) -> JSONScalar { x.map(JSONScalar.number) ?? .null }

    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let text): try container.encode(text)
        case .int(let n): try container.encode(n)
        case .number(let x) where x.isFinite: try container.encode(x)
        case .number, .null: try container.encodeNil()
        case .bool(let flag): try container.encode(flag)
        case .digits(let text): try container.encode(UInt64(text) ?? 0)
        }
    }
}
