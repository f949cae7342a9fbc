/// Amounts of money (or any large total) as planners say them: "3.2 bn", "450 m", "12,500".
enum MoneyText {
    /// Two amounts with enough digits that they read differently when they differ.
    static func pair(_ a: Double, _ b: Double) -> (String, String) {
        var extra = 0
        while extra < 6 && a != b && text(a, extra: extra) == text(b, extra: extra) { extra += 1 }
        return (text(a, extra: extra), text(b, extra: extra))
    }

    static func text(_ x: Double, extra: Int = 0) -> String {
        let magnitude = abs(x)
        func short(_ v: Double, _ unit: String) -> String {
            let digits = (v >= 100 ? 0 : (v >= 10 ? 1 : 2)) + extra
            return NumberText.grouped(v, decimals: digits) + " " + unit
        }
        if magnitude >= 1e12 { return short(x / 1e12, "tn") }
        if magnitude >= 1e9 { return short(x / 1e9, "bn") }
        if magnitude >= 1e6 { return short(x / 1e6, "m") }
        return NumberText.grouped(x, decimals: (magnitude >= 100 ? 0 : 2) + extra)
    }
}
