/// The concentration index of a programme's amounts against the ranking.
///
/// Order the districts of the ranking (every district with a value) as the engine takes them:
/// the priority list in list order, then the districts left out in rank-key order (descending,
/// ties by code). Walking down that order, plot the cumulative share of the poor `pᵢ` (x) against
/// the cumulative share of the programme's amount `Lᵢ` (y), both from (0, 0) to (1, 1). With
/// `A` the area under that curve (trapezoids),
///
///     C = 2A − 1 = Σᵢ (pᵢ − pᵢ₋₁)(Lᵢ + Lᵢ₋₁) − 1,   −1 < C < 1.
///
/// - `C = 0`: the programme follows the poor exactly (the same amount per poor person
///   everywhere, so the curve is the diagonal).
/// - `C > 0`: the curve lies above the diagonal: amounts concentrate in the highest-ranked
///   districts, more per poor person there than further down. A programme that converges on the
///   priority list scores high.
/// - `C < 0`: amounts favour the lower-ranked districts; an evenly spread programme (the same
///   amount per district) is negative when districts are ranked by their number of poor.
///
/// Amounts in districts without a value (not ranked) are left out of the curve. `nil` when the
/// programme has no amount in the ranked districts, or the ranked districts have no poor.
public enum ConcentrationIndex {
    /// The index of `amounts` over districts weighted by `poor`, both in ranking order (highest
    /// ranked first).
    public static func of(amounts: [Double], poor: [Double]) -> Double? {
        precondition(amounts.count == poor.count)
        let totalAmount = CompensatedSum.of(amounts), totalPoor = CompensatedSum.of(poor)
        guard totalAmount > 0, totalPoor > 0 else { return nil }
        var cumulativeAmount = CompensatedSum(), cumulativePoor = CompensatedSum()
        var previousP = 0.0, previousL = 0.0
        var twiceArea = CompensatedSum()
        for i in amounts.indices {
            cumulativeAmount.add(amounts[i])
            cumulativePoor.add(poor[i])
            let p = cumulativePoor.value / totalPoor, l = cumulativeAmount.value / totalAmount
            twiceArea.add((p - previousP) * (l + previousL))
            previousP = p
            previousL = l
        }
        return twiceArea.value - 1
    }
}
