/// The field delimiter of a delimited-text file.
public enum CSVDelimiter: UInt8, Sendable, CaseIterable, CustomStringConvertible {
    case comma = 0x2C
    case semicolon = 0x3B
    case tab = 0x09

    /// The delimiter as a byte.
    public var byte: UInt8 { rawValue }

    public var description: String {
        switch self {
        case .comma: return "comma"
        case .semicolon: return "semicolon"
        case .tab: return "tab"
        }
    }

    /// Detects the delimiter from the header line: the most frequent of `,` `;` and tab outside
    /// quotes, ties resolved in that order; a header with none of them is read as comma-separated.
    public static func detect(headerOf bytes: UnsafeBufferPointer<UInt8>) -> CSVDelimiter {
        var counts = [0, 0, 0]
        var inQuotes = false
        for byte in bytes {
            if byte == 0x22 { inQuotes.toggle(); continue }
            if inQuotes { continue }
            if byte == 0x0A || byte == 0x0D { break }
            switch byte {
            case 0x2C: counts[0] += 1
            case 0x3B: counts[1] += 1
            case 0x09: counts[2] += 1
            default: break
            }
        }
        let best = counts.max() ?? 0
        if best == 0 || counts[0] == best { return .comma }
        return counts[1] == best ? .semicolon : .tab
    }
}
