/// The small-cell rule of published household figures: a count of fewer than `minCell`
/// households (above zero, unweighted) is suppressed, and so is a share whose denominator counts
/// fewer than `minCell` households or whose numerator is such a small count. Suppressed figures
/// become `nil` and their names are collected, so every output marks them.
struct SmallCellRule {
    let minCell: Int
    var suppressed: [String] = []

    init(minCell: Int) { self.minCell = minCell }

    /// Records `name` as suppressed (once).
    mutating func mark(_ name: String) {
        if !suppressed.contains(name) { suppressed.append(name) }
    }

    func isSmall(_ n: Int) -> Bool { n > 0 && n < minCell }

    /// A count (weighted `w`, unweighted `n`), or nil when small.
    mutating func count(_ w: Double, _ n: Int, _ name: String) -> Double? {
        if isSmall(n) { mark(name); return nil }
        return w
    }

    /// `numerator ÷ denominator` (weighted), nil when the denominator is zero or either is small.
    /// `also` are further unweighted counts the share reveals.
    mutating func share(_ numerator: Double, _ numeratorCount: Int, of denominator: Double, _ denominatorCount: Int,
                        _ name: String, also: [Int] = []) -> Double? {
        guard denominatorCount > 0, denominator > 0 else { return nil }
        if denominatorCount < minCell || isSmall(numeratorCount) || also.contains(where: isSmall) {
            mark(name)
            return nil
        }
        return numerator / denominator
    }
}
