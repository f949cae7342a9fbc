import Foundation

/// A share or coverage with four decimals, locale-independent ("0.6123").
func formatShare(_ x: Double) -> String {
    String(format: "%.4f", locale: Locale(identifier: "en_US_POSIX"), x)
}

/// A share as a percentage with two decimals, trailing zeros dropped ("75%", "70.13%").
func formatPercent(_ x: Double) -> String {
    formatValue((x * 10_000).rounded() / 100) + "%"
}

/// A value with up to four decimals and no trailing zeros ("12.5", "3").
func formatValue(_ x: Double) -> String {
    var s = String(format: "%.4f", locale: Locale(identifier: "en_US_POSIX"), x)
    while s.hasSuffix("0") { s.removeLast() }
    if s.hasSuffix(".") { s.removeLast() }
    return s
}
