import Foundation

/// The text encodings tables arrive in: UTF-8 (with or without a byte-order mark), UTF-16
/// (what Excel's "Unicode text" writes, always with a byte-order mark), and Windows-1252 (Excel's
/// "CSV" on a Western Windows, no mark). Every table is turned into UTF-8 before it is parsed.
public enum TextEncoding: String, Sendable, Hashable, CaseIterable {
    case utf8 = "utf-8"
    case utf16LittleEndian = "utf-16le"
    case utf16BigEndian = "utf-16be"
    case windows1252 = "windows-1252"
    case latin1 = "iso-8859-1"

    /// Parses an encoding name as users write it ("UTF-8", "utf8", "UTF-16", "cp1252", "latin1").
    public init?(name: String) {
        let key = name.lowercased().replacingOccurrences(of: "_", with: "-")
        switch key {
        case "utf-8", "utf8": self = .utf8
        case "utf-16", "utf16", "utf-16le", "utf16le", "ucs-2": self = .utf16LittleEndian
        case "utf-16be", "utf16be": self = .utf16BigEndian
        case "windows-1252", "cp1252", "win1252", "ansi": self = .windows1252
        case "iso-8859-1", "latin1", "latin-1", "iso8859-1": self = .latin1
        default: return nil
        }
    }

    /// UTF-16 written without a byte-order mark, recognised by its first 4 KiB: ASCII text
    /// (headers, codes, numbers) with a zero byte beside every character, after it (little
    /// endian) or before it (big endian). Nil when the zeros do not fall that way.
    static func unmarkedUTF16(_ bytes: UnsafeBufferPointer<UInt8>) -> TextEncoding? {
        let sample = bytes.prefix(4096)
        let pairs = sample.count / 2
        guard pairs >= 2 else { return nil }
        var zeroEven = 0, zeroOdd = 0
        for (offset, byte) in sample.enumerated() where byte == 0 {
            if offset % 2 == 0 { zeroEven += 1 } else { zeroOdd += 1 }
        }
        if zeroOdd * 10 >= pairs * 9, zeroEven == 0 { return .utf16LittleEndian }
        if zeroEven * 10 >= pairs * 9, zeroOdd == 0 { return .utf16BigEndian }
        return nil
    }

    /// The encoding a byte-order mark announces, and the mark's length.
    static func byteOrderMark(_ bytes: UnsafeBufferPointer<UInt8>) -> (TextEncoding, Int)? {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { return (.utf8, 3) }
        if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE { return (.utf16LittleEndian, 2) }
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF { return (.utf16BigEndian, 2) }
        return nil
    }

    /// `bytes` (after any byte-order mark) as UTF-8, or nil when they are not valid in this
    /// encoding (an odd number of UTF-16 bytes, an unpaired surrogate). UTF-8 input is returned
    /// as it is: the CSV reader checks it and names the line of a bad byte.
    func utf8(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        switch self {
        case .utf8:
            return Array(bytes)
        case .utf16LittleEndian, .utf16BigEndian:
            guard bytes.count % 2 == 0 else { return nil }
            let units = stride(from: 0, to: bytes.count, by: 2).map { index -> UInt16 in
                self == .utf16LittleEndian ? UInt16(bytes[index]) | UInt16(bytes[index + 1]) << 8
                    : UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1])
            }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            let hadError = transcode(units.makeIterator(), from: UTF16.self, to: UTF8.self, stoppingOnError: true) { out.append($0) }
            return hadError ? nil : out
        case .windows1252, .latin1:
            let encoding: String.Encoding = self == .windows1252 ? .windowsCP1252 : .isoLatin1
            guard let text = String(data: Data(bytes), encoding: encoding) else { return nil }
            return Array(text.utf8)
        }
    }
}
