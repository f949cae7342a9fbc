import Foundation

/// Draws one replicate of the values of the regions that have one (``ReplicateDistribution``),
/// from a ``Xoshiro256StarStar`` stream: standard normals by the Box–Muller transform, both of
/// each pair used, in region order.
struct ReplicateSampler {
    let mean: [Double]
    let sigma: [Double]
    let distribution: ReplicateDistribution
    /// Log-normal: s and s² ÷ 2 per region.
    private let logSigma: [Double]
    private let halfLogVariance: [Double]

    init(mean: [Double], sigma: [Double], distribution: ReplicateDistribution) {
        self.mean = mean
        self.sigma = sigma
        self.distribution = distribution
        var logSigma = [Double](repeating: 0, count: mean.count)
        var half = [Double](repeating: 0, count: mean.count)
        for k in mean.indices where mean[k] > 0 {
            let cv = sigma[k] / mean[k]
            let variance = Foundation.log1p(cv * cv)
            logSigma[k] = variance.squareRoot()
            half[k] = variance / 2
        }
        self.logSigma = logSigma
        self.halfLogVariance = half
    }

    /// Fills `values` (as long as ``mean``) with one replicate.
    func draw(into values: UnsafeMutableBufferPointer<Double>, using generator: inout Xoshiro256StarStar) {
        let n = mean.count
        var k = 0
        while k < n {
            let radius = (-2 * Foundation.log(generator.nextOpenUnit())).squareRoot()
            let angle = 2 * Double.pi * generator.nextOpenUnit()
            values[k] = value(k, radius * Foundation.cos(angle))
            if k + 1 < n { values[k + 1] = value(k + 1, radius * Foundation.sin(angle)) }
            k += 2
        }
    }

    @inline(__always)
    private func value(_ k: Int, _ z: Double) -> Double {
        switch distribution {
        case .normal: return Swift.max(0, mean[k] + sigma[k] * z)
        case .lognormal: return mean[k] > 0 ? mean[k] * Foundation.exp(logSigma[k] * z - halfLogVariance[k]) : mean[k]
        }
    }
}
