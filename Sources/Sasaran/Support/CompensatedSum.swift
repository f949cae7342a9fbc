/// A Neumaier-compensated running sum, so totals do not depend on the order of addition beyond
/// the last bit.
struct CompensatedSum {
    private var sum = 0.0
    private var compensation = 0.0

    /// The sum so far.
    var value: Double { sum + compensation }

    mutating func add(_ x: Double) {
        let t = sum + x
        if abs(sum) >= abs(x) {
            compensation += (sum - t) + x
        } else {
            compensation += (x - t) + sum
        }
        sum = t
    }

    static func of<S: Sequence>(_ values: S) -> Double where S.Element == Double {
        var s = CompensatedSum()
        for v in values { s.add(v) }
        return s.value
    }
}
