/// How numbers are written in a table: the decimal separator, and the digit grouping that goes
/// with it. `.` files (English) may group thousands with `,` or spaces ("1,234.5"); `,` files
/// (Indonesian, most of Europe, what Excel writes there) with `.` or spaces ("1.234,5"). A
/// grouping is accepted only in groups of three digits, so "12.5" in a decimal-comma file is
/// not a number, never 125.
public enum DecimalSeparator: String, Sendable, Hashable, CaseIterable {
    case point = "."
    case comma = ","

    /// The byte that separates thousands in this locale besides spaces.
    var groupingByte: UInt8 { self == .point ? 0x2C : 0x2E }
    var byte: UInt8 { self == .point ? 0x2E : 0x2C }

    /// Detects the separator from sample fields of a `delimiter`-separated file: a comma when the
    /// delimiter is not a comma and some field is a decimal-comma number ("30,36", "1.234,5"),
    /// else a point. (With `,` as delimiter a decimal comma would need every number quoted.)
    static func detect(delimiter: CSVDelimiter, sample: [UnsafeBufferPointer<UInt8>]) -> DecimalSeparator {
        guard delimiter != .comma else { return .point }
        return sample.contains { CSVNumber.isDecimalCommaNumber(CSVNumber.trim($0)) } ? .comma : .point
    }
}

extension CSVNumber {
    /// "30,36", "-1.234,5", "1 234,5": digits, a decimal comma with digits after it, groups of
    /// three digits before it where grouped.
    static func isDecimalCommaNumber(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let comma = p.lastIndex(of: 0x2C), comma + 1 < p.count else { return false }
        guard p[(comma + 1)...].allSatisfy({ $0 &- 0x30 < 10 }) else { return false }
        return normalised(UnsafeBufferPointer(rebasing: p[..<comma]), grouping: 0x2E, decimal: nil) != nil
    }

    /// The digits of `p` with valid thousands groups (of `grouping`, spaces, or non-breaking and
    /// thin spaces) removed and the `decimal` byte made a point; nil where a grouping is
    /// malformed. A leading sign and an exponent pass through.
    static func normalised(_ p: UnsafeBufferPointer<UInt8>, grouping: UInt8, decimal: UInt8?) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(p.count)
        var i = 0
        if i < p.count, p[i] == 0x2D || p[i] == 0x2B { out.append(p[i]); i += 1 }
        var digitsInGroup = 0
        var grouped = false
        var integerDigits = 0
        while i < p.count {
            let byte = p[i]
            if byte &- 0x30 < 10 {
                out.append(byte); digitsInGroup += 1; integerDigits += 1; i += 1
                continue
            }
            // A group separator: one byte, or U+00A0 (C2 A0) / U+202F (E2 80 AF) in UTF-8.
            var width = 0
            if byte == grouping || byte == 0x20 { width = 1 }
            else if byte == 0xC2, i + 1 < p.count, p[i + 1] == 0xA0 { width = 2 }
            else if byte == 0xE2, i + 2 < p.count, p[i + 1] == 0x80, p[i + 2] == 0xAF { width = 3 }
            if width > 0 {
                guard integerDigits > 0, grouped ? digitsInGroup == 3 : digitsInGroup <= 3 else { return nil }
                grouped = true; digitsInGroup = 0; i += width
                continue
            }
            break
        }
        guard integerDigits > 0, !grouped || digitsInGroup == 3 else { return nil }
        if i < p.count, let decimal, p[i] == decimal {
            out.append(0x2E); i += 1
        } else if i < p.count, decimal == nil || p[i] == 0x2E {
            return nil
        }
        while i < p.count {
            let byte = p[i]
            guard byte &- 0x30 < 10 || byte == 0x65 || byte == 0x45 || byte == 0x2D || byte == 0x2B else { return nil }
            out.append(byte); i += 1
        }
        return out
    }

    /// Parses a number written with `decimal` as separator and thousands groups as
    /// ``DecimalSeparator`` describes; nil for anything else.
    public static func parseDouble(_ raw: UnsafeBufferPointer<UInt8>, decimal: DecimalSeparator) -> Double? {
        if decimal == .point, let plain = parseDouble(raw) { return plain }
        let p = trim(raw)
        guard let digits = normalised(p, grouping: decimal.groupingByte, decimal: decimal.byte) else { return nil }
        return digits.withUnsafeBufferPointer { parseDouble($0) }
    }
}
