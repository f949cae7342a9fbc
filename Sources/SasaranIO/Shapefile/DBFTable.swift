import Foundation

/// A dBASE table (.dbf) over a file's bytes: header, field descriptors, and typed values.
///
/// Written by hand because the attribute table has to line up record for record with the
/// .shp, with deletion flags, LDID code pages and dBASE's space-padded text numbers; no
/// maintained Swift dBASE reader exists.
struct DBFTable {
    struct FieldDescriptor {
        var name: String
        /// The raw type letter ("C", "N", "F", "L", "D", "M", …).
        var type: Character
        var length: Int
        var decimals: Int
        /// Offset of the field inside a record (after the deletion flag).
        var offset: Int

        var field: Field {
            switch type {
            case "N", "F": return Field(name: name, type: "\(type)(\(length),\(decimals))")
            default: return Field(name: name, type: "\(type)(\(length))")
            }
        }
    }

    let file: FileBytes
    let recordCount: Int
    let headerLength: Int
    let recordLength: Int
    let ldid: UInt8
    let fields: [FieldDescriptor]

    /// Parses the header and field descriptors.
    /// - Throws: ``InputError`` naming the .dbf for a short file, inconsistent lengths, a field
    ///   reaching past the record, or fewer records than the header counts.
    init(file: FileBytes) throws {
        self.file = file
        let bytes = file.bytes
        func fail(_ message: String) -> InputError { InputError(file: file.path, message: message) }
        guard bytes.count >= 32 else { throw fail("too short for a dBASE table: \(bytes.count) bytes, the header alone takes at least 33") }
        let version = bytes[0] & 0x07
        guard version == 3 || version == 4 || version == 5 || bytes[0] == 0x30 || bytes[0] == 0x31 else {
            throw fail("not a dBASE table: version byte 0x\(String(bytes[0], radix: 16))")
        }
        recordCount = Int(bytes.uint32LE(at: 4)!)
        headerLength = Int(bytes.uint16LE(at: 8)!)
        recordLength = Int(bytes.uint16LE(at: 10)!)
        ldid = bytes[29]
        guard headerLength >= 33, headerLength <= bytes.count else {
            throw fail("header length \(headerLength) bytes is impossible for a file of \(bytes.count) bytes")
        }
        guard recordLength >= 1 else { throw fail("record length \(recordLength) bytes is impossible") }
        var fields: [FieldDescriptor] = []
        var position = 32
        var offset = 1
        while position + 32 <= headerLength, bytes[position] != 0x0D {
            guard fields.count < Limits.maxFields else {
                throw fail("more than \(Limits.maxFields) fields, the limit (see docs/limits.md)")
            }
            let descriptor = bytes.slice(position, 32)!
            let nameBytes = descriptor.prefix(11).prefix { $0 != 0 }
            let name = String(decoding: nameBytes, as: UTF8.self).trimmingCharacters(in: .whitespaces)
            let type = Character(Unicode.Scalar(descriptor[11]))
            let length = Int(descriptor[16])
            // dBASE stores C fields longer than 255 with the decimal-count byte as the high byte.
            let decimals = Int(descriptor[17])
            let fieldLength = type == "C" && decimals > 0 && length + decimals * 256 + offset <= recordLength ? length + decimals * 256 : length
            guard offset + fieldLength <= recordLength else {
                throw InputError(file: file.path, field: name,
                                 message: "field reaches byte \(offset + fieldLength) of a \(recordLength)-byte record")
            }
            fields.append(FieldDescriptor(name: name, type: type, length: fieldLength, decimals: type == "C" ? 0 : decimals, offset: offset))
            offset += fieldLength
            position += 32
        }
        // The descriptors end with 0x0D inside the header; a header length that cuts a
        // descriptor short would shift every record and read the wrong bytes as values.
        guard position >= headerLength || bytes[position] == 0x0D else {
            throw fail("header length \(headerLength) bytes does not match the field descriptors (no 0x0D terminator after \(fields.count) fields)")
        }
        self.fields = fields
        let available = (bytes.count - headerLength) / recordLength
        guard available >= recordCount else {
            throw fail("truncated: the header counts \(recordCount) records but the file holds only \(available)")
        }
    }

    /// The bytes of record `index` (0-based), deletion flag first.
    func record(_ index: Int) -> UnsafeRawBufferPointer {
        file.bytes.slice(headerLength + index * recordLength, recordLength)!
    }

    /// True when record `index` is marked deleted ('*').
    func isDeleted(_ index: Int) -> Bool { record(index)[0] == 0x2A }

    /// Parsing problems that did not stop the read, per field name: (count, first record, sample).
    struct Oddities { var byField: [String: (count: Int, first: Int, sample: String)] = [:] }

    /// The values of record `index` (0-based) in field order.
    func values(_ index: Int, encoding: inout DBFEncoding, oddities: inout Oddities) -> [FieldValue] {
        let row = record(index)
        var values: [FieldValue] = []
        values.reserveCapacity(fields.count)
        for field in fields {
            let raw = UnsafeRawBufferPointer(rebasing: row[field.offset..<(field.offset + field.length)])
            values.append(value(raw, field: field, record: index + 1, encoding: &encoding, oddities: &oddities))
        }
        return values
    }

    private func value(_ raw: UnsafeRawBufferPointer, field: FieldDescriptor, record: Int,
                       encoding: inout DBFEncoding, oddities: inout Oddities) -> FieldValue {
        func odd(_ text: String) -> FieldValue {
            let previous = oddities.byField[field.name]
            oddities.byField[field.name] = ((previous?.count ?? 0) + 1, previous?.first ?? record, previous?.sample ?? text)
            return .null
        }
        switch field.type {
        case "C":
            var end = raw.count
            while end > 0, raw[end - 1] == 0x20 || raw[end - 1] == 0 { end -= 1 }
            return .string(encoding.decode(UnsafeRawBufferPointer(rebasing: raw[0..<end])))
        case "N", "F":
            let text = trimmedASCII(raw)
            if text.isEmpty || text.allSatisfy({ $0 == "*" || $0 == "?" || $0 == "-" }) { return .null }
            if let number = Double(text) { return .number(number) }
            // Some writers use a decimal comma.
            if let number = Double(text.replacingOccurrences(of: ",", with: ".")) { return .number(number) }
            return odd(text)
        case "L":
            switch raw.first {
            case UInt8(ascii: "T"), UInt8(ascii: "t"), UInt8(ascii: "Y"), UInt8(ascii: "y"): return .bool(true)
            case UInt8(ascii: "F"), UInt8(ascii: "f"), UInt8(ascii: "N"), UInt8(ascii: "n"): return .bool(false)
            case UInt8(ascii: "?"), UInt8(ascii: " "), 0, nil: return .null
            default: return odd(trimmedASCII(raw))
            }
        case "D":
            let text = trimmedASCII(raw)
            if text.isEmpty || text.allSatisfy({ $0 == "0" }) { return .null }
            let digits = Array(text.utf8)
            guard digits.count == 8, digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
                  let month = Int(text.dropFirst(4).prefix(2)), (1...12).contains(month),
                  let day = Int(text.suffix(2)), (1...31).contains(day) else { return odd(text) }
            return .date("\(text.prefix(4))-\(text.dropFirst(4).prefix(2))-\(text.suffix(2))")
        default:
            var end = raw.count
            while end > 0, raw[end - 1] == 0x20 || raw[end - 1] == 0 { end -= 1 }
            return .string(encoding.decode(UnsafeRawBufferPointer(rebasing: raw[0..<end])))
        }
    }

    private func trimmedASCII(_ raw: UnsafeRawBufferPointer) -> String {
        var start = 0, end = raw.count
        while start < end, raw[start] == 0x20 || raw[start] == 0 { start += 1 }
        while end > start, raw[end - 1] == 0x20 || raw[end - 1] == 0 { end -= 1 }
        return String(decoding: raw[start..<end], as: UTF8.self)
    }
}
