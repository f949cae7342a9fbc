import Foundation
#if canImport(CoreFoundation)
import CoreFoundation
#endif

/// The text encoding of a .dbf's character fields and how it was chosen: the .cpg file, else the
/// language driver id (LDID, byte 29 of the header), else UTF-8 with a Windows-1252 fallback.
///
/// Single-byte code pages are decoded through a 256-entry table built once from Foundation's
/// converter (CoreFoundation code pages work on Linux too), so decoding a value is a table walk;
/// multi-byte Asian code pages go through `String(data:encoding:)` per value.
struct DBFEncoding {
    /// How values are decoded.
    enum Kind {
        /// UTF-8; values that are not valid UTF-8 are read as Windows-1252 and counted.
        case utf8
        /// A single-byte code page: the scalar for each byte.
        case table([Unicode.Scalar])
        /// A multi-byte code page handled by Foundation.
        case foundation(String.Encoding)
    }

    let kind: Kind
    /// "UTF-8", "windows-1252", "CP437", "ISO-8859-5" …
    let name: String
    /// "from .cpg", "from LDID 0x57", "assumed".
    let origin: String
    /// Values that were not valid in the encoding (UTF-8 read as Windows-1252, or undecodable).
    var fallbacks = 0

    static let windows1252Table: [Unicode.Scalar] = singleByteTable(codePage: 1252)!

    /// Chooses the encoding from the .cpg text (if any) and the LDID byte.
    /// - Returns: the encoding and a warning to report when it was assumed or not understood.
    static func choose(cpg: String?, ldid: UInt8) -> (DBFEncoding, warning: String?) {
        var warning: String?
        if let cpg {
            let label = cpg.trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: "\u{FEFF}")))
            if let encoding = fromLabel(label) { return (DBFEncoding(kind: encoding.kind, name: encoding.name, origin: "from .cpg"), nil) }
            warning = "the .cpg names an encoding that is not understood (\"\(label)\")"
        }
        if ldid != 0 {
            if let codePage = ldidCodePages[ldid], let encoding = fromCodePage(codePage) {
                let result = DBFEncoding(kind: encoding.kind, name: encoding.name, origin: "from LDID 0x" + String(ldid, radix: 16, uppercase: true))
                return (result, warning.map { $0 + "; used the LDID byte instead" })
            }
            warning = (warning.map { $0 + "; " } ?? "") + "the .dbf's LDID byte 0x\(String(ldid, radix: 16, uppercase: true)) is not a known code page"
        }
        let assumption = "no usable .cpg or LDID code page: assumed UTF-8, reading values that are not valid UTF-8 as Windows-1252"
        return (DBFEncoding(kind: .utf8, name: "UTF-8", origin: "assumed"), (warning.map { $0 + "; " } ?? "") + assumption)
    }

    /// An encoding from a .cpg label: "UTF-8", "65001", "1252", "ANSI 1251", "CP437", "ISO-8859-2", "88591", "Latin1", "SJIS"…
    static func fromLabel(_ label: String) -> (kind: Kind, name: String)? {
        let upper = label.uppercased().replacingOccurrences(of: "_", with: "-")
        let compact = upper.filter { $0.isLetter || $0.isNumber }
        if compact == "UTF8" || compact == "65001" { return (.utf8, "UTF-8") }
        if compact == "LATIN1" { return fromCodePage(28591) }
        if compact == "SJIS" || compact == "SHIFTJIS" { return fromCodePage(932) }
        if compact == "GBK" || compact == "GB2312" { return fromCodePage(936) }
        if compact == "BIG5" { return fromCodePage(950) }
        if compact == "EUCKR" { return fromCodePage(949) }
        if compact == "KOI8R" { return fromCodePage(20866) }
        let digits = String(compact.drop { !$0.isNumber })
        guard !digits.isEmpty, digits.allSatisfy(\.isNumber) else { return nil }
        if digits.hasPrefix("8859") {
            guard let part = Int(digits.dropFirst(4)), (1...16).contains(part) else { return nil }
            return fromCodePage(28590 + part)
        }
        guard let number = Int(digits) else { return nil }
        return fromCodePage(number)
    }

    /// An encoding from a Windows code page number (437, 850, 1252, 28592 for ISO-8859-2 …).
    static func fromCodePage(_ codePage: Int) -> (kind: Kind, name: String)? {
        if codePage == 65001 { return (.utf8, "UTF-8") }
        let name: String
        switch codePage {
        case 28591...28606: name = "ISO-8859-\(codePage - 28590)"
        case 1250...1258: name = "windows-\(codePage)"
        case 20866: name = "KOI8-R"
        default: name = "CP\(codePage)"
        }
        if [932, 936, 949, 950].contains(codePage) {
            guard let encoding = foundationEncoding(codePage: codePage) else { return nil }
            return (.foundation(encoding), name)
        }
        guard let table = codePage == 1252 ? windows1252Table : singleByteTable(codePage: codePage) else { return nil }
        return (.table(table), name)
    }

    static func foundationEncoding(codePage: Int) -> String.Encoding? {
        let cf = CFStringConvertWindowsCodepageToEncoding(UInt32(codePage))
        guard cf != kCFStringEncodingInvalidId else { return nil }
        return String.Encoding(rawValue: UInt(CFStringConvertEncodingToNSStringEncoding(cf)))
    }

    /// The scalar of every byte in a single-byte code page; bytes the code page leaves undefined
    /// map to their ISO-8859-1 scalar. Nil when Foundation does not know the code page.
    static func singleByteTable(codePage: Int) -> [Unicode.Scalar]? {
        guard let encoding = foundationEncoding(codePage: codePage) else { return nil }
        var table: [Unicode.Scalar] = []
        table.reserveCapacity(256)
        var decodedAny = false
        for byte in 0...255 {
            if byte < 0x80 { table.append(Unicode.Scalar(UInt8(byte))); continue }
            if let text = String(data: Data([UInt8(byte)]), encoding: encoding), text.unicodeScalars.count == 1 {
                table.append(text.unicodeScalars.first!)
                decodedAny = true
            } else {
                table.append(Unicode.Scalar(UInt8(byte)))
            }
        }
        return decodedAny ? table : nil
    }

    /// Decodes one value's bytes (trailing blanks already removed).
    mutating func decode(_ bytes: UnsafeRawBufferPointer) -> String {
        if bytes.allSatisfy({ $0 < 0x80 }) { return String(decoding: bytes, as: UTF8.self) }
        switch kind {
        case .utf8:
            if Self.isValidUTF8(bytes) { return String(decoding: bytes, as: UTF8.self) }
            fallbacks += 1
            return Self.decode(bytes, table: Self.windows1252Table)
        case let .table(table):
            return Self.decode(bytes, table: table)
        case let .foundation(encoding):
            if let text = String(data: Data(bytes), encoding: encoding) { return text }
            fallbacks += 1
            return Self.decode(bytes, table: Self.windows1252Table)
        }
    }

    /// True when the bytes are well-formed UTF-8 (`String(validating:)` needs macOS 15).
    static func isValidUTF8(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }

    private static func decode(_ bytes: UnsafeRawBufferPointer, table: [Unicode.Scalar]) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes { scalars.append(table[Int(byte)]) }
        return String(scalars)
    }

    /// Code pages of the dBASE/ESRI language driver ids (as GDAL and the ArcGIS docs list them).
    static let ldidCodePages: [UInt8: Int] = [
        0x01: 437, 0x02: 850, 0x03: 1252, 0x04: 10000, 0x08: 865, 0x09: 437, 0x0A: 850, 0x0B: 437,
        0x0D: 437, 0x0E: 850, 0x0F: 437, 0x10: 850, 0x11: 437, 0x12: 850, 0x13: 932, 0x14: 850,
        0x15: 437, 0x16: 850, 0x17: 865, 0x18: 437, 0x19: 437, 0x1A: 850, 0x1B: 437, 0x1C: 863,
        0x1D: 850, 0x1F: 852, 0x22: 852, 0x23: 852, 0x24: 860, 0x25: 850, 0x26: 866, 0x37: 850,
        0x40: 852, 0x4D: 936, 0x4E: 949, 0x4F: 950, 0x50: 874,
        // 0x57 is "ANSI" (the system code page, in practice Windows-1252, a superset of Latin-1's
        // printable characters); 0x58 Western European, 0x59 Spanish: both 1252.
        0x57: 1252, 0x58: 1252, 0x59: 1252,
        0x64: 852, 0x65: 866, 0x66: 865, 0x67: 861, 0x6A: 737, 0x6B: 857, 0x6C: 863,
        0x78: 950, 0x79: 949, 0x7A: 936, 0x7B: 932, 0x7C: 874, 0x7D: 1255, 0x7E: 1256,
        0x86: 737, 0x87: 852, 0x88: 857,
        0x96: 10007, 0x97: 10029, 0x98: 10006,
        0xC8: 1250, 0xC9: 1251, 0xCA: 1254, 0xCB: 1253, 0xCC: 1257,
    ]
}
