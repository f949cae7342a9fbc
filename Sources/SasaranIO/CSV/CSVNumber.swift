/// Fast, locale-independent parsing of decimal numbers straight from bytes.
public enum CSVNumber {
    private static let powersOfTen: [Double] = (0...22).map { k in
        var p = 1.0
        for _ in 0..<k { p *= 10 }
        return p
    }

    /// `bytes` without leading and trailing ASCII spaces and tabs.
    public static func trim(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var lo = 0, hi = bytes.count
        while lo < hi && (bytes[lo] == 0x20 || bytes[lo] == 0x09) { lo += 1 }
        while hi > lo && (bytes[hi - 1] == 0x20 || bytes[hi - 1] == 0x09) { hi -= 1 }
        return UnsafeBufferPointer(rebasing: bytes[lo..<hi])
    }

    /// Parses a finite decimal number: optional sign, digits with an optional `.` fraction, an
    /// optional exponent (`e`/`E`), surrounding spaces allowed. Returns `nil` for anything else
    /// (empty, `-`, `nan`, `inf`, hexadecimal, thousands separators, out of range).
    ///
    /// Short numbers take an exactly-rounded fast path (Clinger); others fall back to the
    /// standard library's correctly rounded conversion.
    public static func parseDouble(_ raw: UnsafeBufferPointer<UInt8>) -> Double? {
        let p = trim(raw)
        let n = p.count
        guard n > 0 else { return nil }
        var i = 0
        var negative = false
        if p[0] == 0x2D || p[0] == 0x2B { negative = p[0] == 0x2D; i = 1 }
        var mantissa: UInt64 = 0
        var significant = 0
        var digits = 0
        var exponent = 0
        var overflow = false
        while i < n, p[i] &- 0x30 < 10 {
            let d = UInt64(p[i] &- 0x30)
            if significant < 19 {
                if mantissa != 0 || d != 0 { significant += 1 }
                mantissa = mantissa &* 10 &+ d
            } else { exponent += 1; overflow = true }
            digits += 1; i += 1
        }
        if i < n && p[i] == 0x2E {
            i += 1
            while i < n, p[i] &- 0x30 < 10 {
                let d = UInt64(p[i] &- 0x30)
                if significant < 19 {
                    if mantissa != 0 || d != 0 { significant += 1 }
                    mantissa = mantissa &* 10 &+ d
                    exponent -= 1
                } else { overflow = true }
                digits += 1; i += 1
            }
        }
        guard digits > 0 else { return nil }
        if i < n && (p[i] == 0x65 || p[i] == 0x45) {
            i += 1
            var expNegative = false
            if i < n && (p[i] == 0x2D || p[i] == 0x2B) { expNegative = p[i] == 0x2D; i += 1 }
            var e = 0
            var expDigits = 0
            while i < n, p[i] &- 0x30 < 10 {
                if e < 100_000 { e = e * 10 + Int(p[i] &- 0x30) }
                expDigits += 1; i += 1
            }
            guard expDigits > 0 else { return nil }
            exponent += expNegative ? -e : e
        }
        guard i == n else { return nil }
        if !overflow && mantissa <= (1 << 53) && exponent >= -22 && exponent <= 22 {
            var value = Double(mantissa)
            if exponent < 0 { value /= powersOfTen[-exponent] } else { value *= powersOfTen[exponent] }
            return negative ? -value : value
        }
        // Slow path: the syntax is already checked; let the standard library round correctly.
        guard let value = Double(String(decoding: p, as: UTF8.self)), value.isFinite else { return nil }
        return value
    }

    /// Parses `text` as ``parseDouble(_:)`` does.
    public static func parseDouble(_ text: String) -> Double? {
        var text = text
        return text.withUTF8 { parseDouble($0) }
    }
}
