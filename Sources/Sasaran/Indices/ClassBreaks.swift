import Foundation

/// How an index is cut into classes for legends and outputs.
public enum ClassMethod: String, Sendable, Hashable, CaseIterable {
    /// Quantiles (quintiles for 5 classes): breaks at the j ÷ k quantiles, linear interpolation
    /// between order statistics (Hyndman & Fan type 7, numpy's default).
    case quantile
    /// Equal intervals between the minimum and the maximum.
    case equal
    /// Dalenius–Hodges strata (the cumulative √f rule, as CONAPO grades marginalisation):
    /// J = min(n, 10 k) equal-width bins (right-closed), and a break at the upper edge of the bin whose
    /// cumulative √frequency is nearest to each j ÷ k of the total.
    case dh
}

/// The class breaks of a set of values: class j (from 1, lowest) holds the values in
/// (breaks[j−2], breaks[j−1]], the first class from the minimum, the last to the maximum.
public struct ClassBreaks: Sendable, Hashable {
    public var method: ClassMethod
    /// The number of classes asked for.
    public var count: Int
    /// The minimum and maximum of the values.
    public var minimum: Double
    public var maximum: Double
    /// The k − 1 inner breaks, ascending (equal breaks collapse a class: it is then empty).
    public var breaks: [Double]
    /// How many values fall in each class.
    public var sizes: [Int]

    /// The breaks of `values` (at least one) into `count` classes.
    public init(_ values: [Double], count: Int, method: ClassMethod) throws {
        guard count >= 2 else { throw IndexError.invalidClasses("--classes \(count): give at least 2 classes") }
        guard !values.isEmpty else { throw IndexError.invalidClasses("no region has an index to class") }
        let sorted = values.sorted()
        let lo = sorted.first!, hi = sorted.last!
        self.method = method
        self.count = count
        minimum = lo
        maximum = hi
        switch method {
        case .quantile:
            breaks = (1..<count).map { j in Self.quantile(sorted, Double(j) / Double(count)) }
        case .equal:
            breaks = (1..<count).map { j in lo + (hi - lo) * Double(j) / Double(count) }
        case .dh:
            breaks = Self.daleniusHodges(sorted, count: count)
        }
        var sizes = [Int](repeating: 0, count: count)
        for x in values { sizes[Self.classOf(x, breaks: breaks) - 1] += 1 }
        self.sizes = sizes
    }

    /// The class (1…k) of `value`.
    public func classOf(_ value: Double) -> Int { Self.classOf(value, breaks: breaks) }

    static func classOf(_ value: Double, breaks: [Double]) -> Int {
        var j = 0
        while j < breaks.count && value > breaks[j] { j += 1 }
        return j + 1
    }

    /// The type-7 quantile of ascending `sorted` at `p`.
    static func quantile(_ sorted: [Double], _ p: Double) -> Double {
        let h = Double(sorted.count - 1) * p
        let k = Int(h.rounded(.down))
        guard k + 1 < sorted.count else { return sorted[k] }
        return sorted[k] + (h - Double(k)) * (sorted[k + 1] - sorted[k])
    }

    static func daleniusHodges(_ sorted: [Double], count: Int) -> [Double] {
        let lo = sorted.first!, hi = sorted.last!
        guard hi > lo else { return Array(repeating: lo, count: count - 1) }
        let bins = min(sorted.count, 10 * count)
        let width = (hi - lo) / Double(bins)
        var frequency = [Int](repeating: 0, count: bins)
        // Right-closed bins, like the classes: a value on an edge belongs to the bin below it.
        for x in sorted { frequency[min(bins - 1, max(0, Int(((x - lo) / width).rounded(.up)) - 1))] += 1 }
        var cumulative: [Double] = []
        var sum = 0.0
        for f in frequency { sum += Double(f).squareRoot(); cumulative.append(sum) }
        return (1..<count).map { j in
            let goal = sum * Double(j) / Double(count)
            var best = 0
            for b in 0..<bins where abs(cumulative[b] - goal) < abs(cumulative[best] - goal) { best = b }
            return best == bins - 1 ? hi : lo + width * Double(best + 1)
        }
    }
}
