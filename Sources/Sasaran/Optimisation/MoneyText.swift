/// Amounts of money (or any large total) as planners say them: "3.2 bn", "450 m", "12,500".
enum MoneyText {
    static func text(_ x: Double) -> String {
        let magnitude = abs(x)
        func short(_ v: Double, _ unit: String) -> String {
            let digits = v >= 100 ? 0 : (v >= 10 ? 1 : 2)
            return NumberText.grouped(v, decimals: digits) + " " + unit
        }
        if magnitude >= 1e12 { return short(x / 1e12, "tn") }
        if magnitude >= 1e9 { return short(x / 1e9, "bn") }
        if magnitude >= 1e6 { return short(x / 1e6, "m") }
        return NumberText.grouped(x, decimals: magnitude >= 100 ? 0 : 2)
    }
}
