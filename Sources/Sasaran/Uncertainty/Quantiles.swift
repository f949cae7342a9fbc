/// Minimum, 5%, median, 95% and maximum and the mean of a sample. Quantiles are the linear
/// interpolation between order statistics (Hyndman & Fan type 7, the default of R and numpy):
/// q(p) = x₍ₖ₎ + (h − k)(x₍ₖ₊₁₎ − x₍ₖ₎) with h = (n − 1) p, k = ⌊h⌋, x sorted ascending from 0.
public struct Quantiles: Sendable, Hashable {
    public var min: Double
    public var p5: Double
    public var median: Double
    public var p95: Double
    public var max: Double
    public var mean: Double

    /// The summary of `sample` (not empty).
    public init(_ sample: [Double]) {
        let sorted = sample.sorted()
        func q(_ p: Double) -> Double {
            let h = Double(sorted.count - 1) * p
            let k = Int(h.rounded(.down))
            guard k + 1 < sorted.count else { return sorted[k] }
            return sorted[k] + (h - Double(k)) * (sorted[k + 1] - sorted[k])
        }
        min = sorted.first ?? .nan
        max = sorted.last ?? .nan
        p5 = sorted.isEmpty ? .nan : q(0.05)
        median = sorted.isEmpty ? .nan : q(0.5)
        p95 = sorted.isEmpty ? .nan : q(0.95)
        mean = sorted.isEmpty ? .nan : CompensatedSum.of(sample) / Double(sample.count)
    }
}
