import Foundation

/// How the weights of a composite index are perturbed for each draw of ``SensitivityAnalysis``.
public enum WeightPerturbation: Sendable, Hashable, CustomStringConvertible {
    /// Dirichlet around the given weights: w′ ~ Dir(α · w ÷ Σw), whose mean is w ÷ Σw and whose
    /// spread shrinks as the concentration α grows (the variance of w′ⱼ is pⱼ(1 − pⱼ) ÷ (α + 1)).
    case dirichlet(concentration: Double)
    /// Each weight moved by up to ±x of itself: w′ⱼ = wⱼ (1 + x (2u − 1)), u uniform; 0.2 for ±20%.
    case uniform(fraction: Double)

    public var description: String {
        switch self {
        case .dirichlet(let alpha): return "Dirichlet, concentration \(NumberText.text(alpha))"
        case .uniform(let x): return "uniform ±\(NumberText.text(x * 100))%"
        }
    }

    /// Checks the parameter.
    func validate() throws {
        switch self {
        case .dirichlet(let alpha):
            guard alpha.isFinite, alpha > 0 else { throw SensitivityError.invalid("concentration \(NumberText.text(alpha)) must be above 0 (e.g. 50)") }
        case .uniform(let x):
            guard x.isFinite, x >= 0, x < 1 else { throw SensitivityError.invalid("±\(NumberText.text(x)) must be at least 0 and below 1 (0.2 for ±20%)") }
        }
    }

    /// Fills `out` with one draw around `weights` (each above zero).
    func draw(_ weights: [Double], weightSum: Double, into out: inout [Double], using generator: inout Xoshiro256StarStar) {
        switch self {
        case .dirichlet(let alpha):
            var sum = 0.0
            for j in weights.indices {
                out[j] = Self.gamma(shape: alpha * weights[j] / weightSum, using: &generator)
                sum += out[j]
            }
            for j in weights.indices { out[j] /= sum }
        case .uniform(let x):
            for j in weights.indices { out[j] = weights[j] * (1 + x * (2 * generator.nextOpenUnit() - 1)) }
        }
    }

    /// A Gamma(shape, 1) variate: Marsaglia & Tsang (2000) for shape ≥ 1, and for shape < 1 the
    /// boost Gamma(shape + 1) · U^(1/shape). Normals by Box–Muller from the same stream.
    static func gamma(shape: Double, using generator: inout Xoshiro256StarStar) -> Double {
        if shape < 1 {
            let boosted = gamma(shape: shape + 1, using: &generator)
            return boosted * Foundation.pow(generator.nextOpenUnit(), 1 / shape)
        }
        let d = shape - 1.0 / 3, c = 1 / (9 * d).squareRoot()
        while true {
            let z = (-2 * Foundation.log(generator.nextOpenUnit())).squareRoot() * Foundation.cos(2 * Double.pi * generator.nextOpenUnit())
            let t = 1 + c * z
            guard t > 0 else { continue }
            let v = t * t * t
            let u = generator.nextOpenUnit()
            if Foundation.log(u) < 0.5 * z * z + d - d * v + d * Foundation.log(v) { return d * v }
        }
    }
}

/// A sensitivity run that cannot be made.
public enum SensitivityError: Error, CustomStringConvertible, Equatable, Sendable {
    case invalid(String)
    /// The run has no weighted composite index to perturb.
    case noWeights

    public var description: String {
        switch self {
        case .invalid(let message): return message
        case .noWeights: return "weight sensitivity needs a weighted composite index: give --index COLUMN:WEIGHT,… (not PCA or Alkire–Foster)"
        }
    }
}
