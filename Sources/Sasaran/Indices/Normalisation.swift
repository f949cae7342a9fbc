import Foundation

/// How a component is put on a common scale before weighting, within each level of the layer
/// (``RegionLevels``), over the regions with a value for every component.
public enum Normalisation: String, Sendable, Hashable, CaseIterable {
    /// (x − mean) ÷ standard deviation, the population standard deviation (divisor n).
    case z
    /// (x − min) ÷ (max − min), in [0, 1].
    case minmax
    /// (r − 1) ÷ (n − 1) with r the rank from 1 (lowest), tied values sharing their average rank:
    /// in [0, 1].
    case rank

    /// The scores of `values`; an oriented score (`lowerIsWorse`) is reversed: −z, 1 − minmax,
    /// 1 − rank. Constant values (no spread) cannot be scored and throw.
    func scores(_ values: [Double], lowerIsWorse: Bool, column: String) throws -> [Double] {
        let n = values.count
        guard n > 0 else { return [] }
        var out = [Double](repeating: 0, count: n)
        switch self {
        case .z:
            let mean = CompensatedSum.of(values) / Double(n)
            let variance = CompensatedSum.of(values.map { ($0 - mean) * ($0 - mean) }) / Double(n)
            let sd = variance.squareRoot()
            guard sd > 0 else { throw IndexError.noSpread(column: column, regions: n) }
            for k in 0..<n { out[k] = (values[k] - mean) / sd }
            if lowerIsWorse { for k in 0..<n { out[k] = -out[k] } }
        case .minmax:
            let lo = values.min()!, hi = values.max()!
            guard hi > lo else { throw IndexError.noSpread(column: column, regions: n) }
            for k in 0..<n { out[k] = (values[k] - lo) / (hi - lo) }
            if lowerIsWorse { for k in 0..<n { out[k] = 1 - out[k] } }
        case .rank:
            guard n > 1 else { throw IndexError.noSpread(column: column, regions: n) }
            let order = (0..<n).sorted { values[$0] < values[$1] }
            var start = 0
            while start < n {
                var end = start
                while end + 1 < n && values[order[end + 1]] == values[order[start]] { end += 1 }
                let averageRank = Double(start + end) / 2 + 1
                for k in start...end { out[order[k]] = (averageRank - 1) / Double(n - 1) }
                start = end + 1
            }
            if lowerIsWorse { for k in 0..<n { out[k] = 1 - out[k] } }
        }
        return out
    }
}
