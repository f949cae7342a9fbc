import Foundation

/// How every message and emitter prints numbers, in one place.
///
/// - Machine formats (CSV, JSON, GeoJSON properties) use ``exact(_:)``: integers without a
///   fractional part ("40"), other numbers as the shortest decimal that reads back as the same
///   `Double` ("29.61", "0.7512345678901234"), never in exponent form. Not-a-number and
///   infinities have no text (`nil`): CSV leaves the cell empty, JSON writes `null`.
/// - Coordinates use ``coordinate(_:)``: at most 7 decimals (about 1 cm), trailing zeros dropped.
/// - People-facing formats (table, Markdown) use ``display(_:)`` (at most 2 decimals),
///   ``display(column:)`` (the same, with the decimals lined up down a column) and
///   ``percent(_:)`` (a share as a percentage with 2 decimals).
///
/// - People-facing formats in Bahasa Indonesia (`--lang id`) pass ``NumberForm/indonesian``
///   to the same functions: "1.234,56", dot thousands and comma decimals (``localized(_:_:)``,
///   the one rule). Machine formats never do.
///
/// Nothing depends on the locale.
public enum NumberText {
    private static let posix = Locale(identifier: "en_US_POSIX")

    /// The exact text of `x` (see the type's notes), or `nil` when `x` is not finite.
    public static func exact(_ x: Double) -> String? {
        guard x.isFinite else { return nil }
        if x == x.rounded(), abs(x) < 9.007_199_254_740_992e15 { return String(Int64(x)) }
        return expandingExponent("\(x)")
    }

    /// `x` with at most 7 decimals and no trailing zeros ("106.8272", "-6.1751234"), or `nil`
    /// when `x` is not finite.
    public static func coordinate(_ x: Double) -> String? {
        var bytes: [UInt8] = []
        guard appendCoordinate(x, to: &bytes) else { return x.isFinite ? exact(x) : nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `x` with at most 7 decimals as ASCII digits, without making a String (GeoJSON
    /// writes hundreds of thousands). False, appending nothing, for values that are not finite or
    /// too large for the fixed-point path.
    public static func appendCoordinate(_ x: Double, to bytes: inout [UInt8]) -> Bool {
        guard x.isFinite, abs(x) < 9e8 else { return false }
        let scaled = Int64((x * 1e7).rounded())
        if scaled < 0 { bytes.append(UInt8(ascii: "-")) }
        let magnitude = scaled.magnitude
        appendDigits(magnitude / 10_000_000, to: &bytes)
        var fraction = magnitude % 10_000_000
        guard fraction != 0 else { return true }
        var digits = 7
        while fraction % 10 == 0 { fraction /= 10; digits -= 1 }
        bytes.append(UInt8(ascii: "."))
        var divisor: UInt64 = 1
        for _ in 1..<digits { divisor *= 10 }
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(fraction / divisor % 10))
            divisor /= 10
        }
        return true
    }

    private static func appendDigits(_ value: UInt64, to bytes: inout [UInt8]) {
        if value >= 10 { appendDigits(value / 10, to: &bytes) }
        bytes.append(UInt8(ascii: "0") + UInt8(value % 10))
    }

    /// `x` with at most 2 decimals, trailing zeros dropped ("29.61", "12.5", "40"); "–" when not
    /// finite. In ``NumberForm/indonesian``: "1.234,5".
    public static func display(_ x: Double, form: NumberForm) -> String {
        guard x.isFinite else { return "–" }
        var text = String(format: "%.2f", locale: posix, x)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return localized(text == "-0" ? "0" : text, form)
    }

    /// A column of values for people, all with the same number of decimals: as many as the
    /// values need, at most 2 (["216.50", "191.00"] for data with two decimals, ["40", "5"] for
    /// whole numbers); "–" for values that are not finite. In ``NumberForm/indonesian``:
    /// ["216,50", "1.191,00"].
    public static func display(column values: [Double], form: NumberForm) -> [String] {
        let decimals = values.reduce(0) { most, x in
            guard x.isFinite, most < 2 else { return most }
            let text = display(x)
            return max(most, text.firstIndex(of: ".").map { text.distance(from: $0, to: text.endIndex) - 1 } ?? 0)
        }
        return values.map { $0.isFinite ? localized(String(format: "%.\(decimals)f", locale: posix, $0), form) : "–" }
    }

    /// A share as a percentage with exactly 2 decimals, without the sign ("75.12"); "–" when not
    /// finite. In ``NumberForm/indonesian``: "75,12".
    public static func percent(_ share: Double, form: NumberForm) -> String {
        guard share.isFinite else { return "–" }
        return localized(String(format: "%.2f", locale: posix, share * 100), form)
    }

    /// A share as a percentage for a sentence: 2 decimals at most, trailing zeros dropped, with
    /// the sign ("75%", "70.13%"; "70,13%" in ``NumberForm/indonesian``).
    public static func percentInText(_ share: Double, form: NumberForm) -> String {
        display(share * 100, form: form) + "%"
    }

    /// ``display(_:form:)`` in the plain form.
    public static func display(_ x: Double) -> String { display(x, form: .plain) }

    /// ``display(column:form:)`` in the plain form.
    public static func display(column values: [Double]) -> [String] { display(column: values, form: .plain) }

    /// ``percent(_:form:)`` in the plain form.
    public static func percent(_ share: Double) -> String { percent(share, form: .plain) }

    /// ``percentInText(_:form:)`` in the plain form.
    public static func percentInText(_ share: Double) -> String { percentInText(share, form: .plain) }

    /// A whole number for people: "1234" plain, "1.234" in ``NumberForm/indonesian``.
    public static func integer(_ value: Int, form: NumberForm = .plain) -> String {
        localized(String(value), form)
    }

    /// The one rule for numbers in Bahasa Indonesia: `text`, a number as the functions above
    /// write it plainly (optional "-", ASCII digits, optional "." and decimals), with its whole
    /// part grouped in threes by "." and its decimals after ","
    /// ("-1234567.5" → "-1.234.567,5"). ``NumberForm/plain`` and any other text ("–") are
    /// returned as they are.
    public static func localized(_ text: String, _ form: NumberForm) -> String {
        guard form == .indonesian else { return text }
        var digits = Substring(text)
        let negative = digits.hasPrefix("-")
        if negative { digits = digits.dropFirst() }
        let parts = digits.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let whole = parts.first, !whole.isEmpty, whole.allSatisfy({ $0.isASCII && $0.isNumber }),
              parts.count == 1 || parts[1].allSatisfy({ $0.isASCII && $0.isNumber }) else { return text }
        var grouped = ""
        for (index, character) in whole.enumerated() {
            if index > 0 && (whole.count - index) % 3 == 0 { grouped.append(".") }
            grouped.append(character)
        }
        return (negative ? "-" : "") + grouped + (parts.count > 1 ? "," + parts[1] : "")
    }

    /// Any number for a message: ``exact(_:)``, or "NaN" / "infinity" / "-infinity".
    public static func text(_ x: Double) -> String {
        exact(x) ?? (x.isNaN ? "NaN" : (x > 0 ? "infinity" : "-infinity"))
    }

    /// Swift's shortest round-trip text with any exponent ("1.25e-05", "1e+16") written out
    /// as plain digits ("0.0000125", "10000000000000000").
    private static func expandingExponent(_ text: String) -> String {
        guard let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }), let exponent = Int(text[text.index(after: e)...]) else {
            return text
        }
        var mantissa = text[..<e]
        let negative = mantissa.hasPrefix("-")
        if negative { mantissa = mantissa.dropFirst() }
        let point = mantissa.firstIndex(of: ".").map { mantissa.distance(from: mantissa.startIndex, to: $0) } ?? mantissa.count
        let digits = mantissa.filter { $0 != "." }
        let newPoint = point + exponent
        var plain: String
        if newPoint <= 0 {
            plain = "0." + String(repeating: "0", count: -newPoint) + digits
        } else if newPoint >= digits.count {
            plain = digits + String(repeating: "0", count: newPoint - digits.count)
        } else {
            plain = String(digits.prefix(newPoint)) + "." + String(digits.dropFirst(newPoint))
        }
        if plain.contains(".") {
            while plain.hasSuffix("0") { plain.removeLast() }
            if plain.hasSuffix(".") { plain.removeLast() }
        }
        return (negative ? "-" : "") + plain
    }

    /// "1,879,800" style grouping, deterministic whatever the locale.
    public static func grouped(_ value: Double, decimals: Int = 0) -> String {
        let text = String(format: "%.\(decimals)f", value)
        let parts = text.split(separator: ".", maxSplits: 1)
        var digits = String(parts[0])
        let negative = digits.hasPrefix("-")
        if negative { digits.removeFirst() }
        var grouped = ""
        for (index, character) in digits.reversed().enumerated() {
            if index > 0 && index % 3 == 0 { grouped.append(",") }
            grouped.append(character)
        }
        return (negative ? "-" : "") + String(grouped.reversed()) + (parts.count > 1 ? "." + parts[1] : "")
    }

    /// A whole number with "," grouping ("1,000,000").
    public static func grouped(_ value: Int) -> String { grouped(Double(value)) }
}

/// How numbers are written for people: ``plain`` as everywhere by default and in every machine
/// format ("1234.56"), ``indonesian`` for the people-facing formats in Bahasa Indonesia
/// ("1.234,56": dot thousands, comma decimals). See ``NumberText/localized(_:_:)``.
public enum NumberForm: Sendable, Hashable {
    case plain
    case indonesian
}
