import Foundation
import SasaranGeo

/// Settings of a hot-spot analysis.
public struct HotSpotOptions: Sendable, Equatable {
    /// Conditional permutations per region for the pseudo p-values.
    public var permutations: Int
    /// Seed of the generator: the same seed gives the same p-values on any machine.
    public var seed: UInt64
    /// False-discovery rate: a region is significant when its Benjamini–Hochberg q-value is ≤ alpha.
    public var alpha: Double

    public init(permutations: Int = 999, seed: UInt64 = 20_240_601, alpha: Double = 0.05) {
        self.permutations = permutations; self.seed = seed; self.alpha = alpha
    }
}

/// What kind of cluster a region sits in.
public enum HotSpotClass: String, Sendable {
    /// Significantly high values around it (Gi* z > 0, q ≤ alpha).
    case hot
    /// Significantly low values around it.
    case cold
    case notSignificant = "not significant"
}

/// The local Getis-Ord Gi* of one region.
public struct HotSpot: Sendable, Equatable {
    /// Layer index of the region.
    public var region: Int
    public var code: String
    public var value: Double
    /// Neighbours with a value (self not counted).
    public var neighbours: Int
    /// Gi* as a z-score (Getis & Ord 1995, binary weights including the region itself).
    public var z: Double
    /// Folded one-sided pseudo p-value from conditional permutations: (extreme + 1) ÷ (permutations + 1).
    public var p: Double
    /// Benjamini–Hochberg adjusted p-value over all regions.
    public var q: Double
    public var classification: HotSpotClass
}

/// Local Getis-Ord Gi* over an adjacency graph.
public enum HotSpots {
    /// Gi* of every region with a value (`values[i]` nil leaves region i out, together with its
    /// links), with conditional permutation p-values and a Benjamini–Hochberg correction.
    ///
    /// For region i with value x_i and neighbours N_i (k_i of them), W_i = k_i + 1 (binary weights
    /// with self), n regions with values of mean x̄ and standard deviation s (population form):
    /// Gi* = (x_i + Σ_{N_i} x_j − x̄ W_i) ÷ (s √((n W_i − W_i²) ÷ (n − 1))).
    /// Permutations hold x_i and draw k_i of the other n − 1 values without replacement (PySAL
    /// esda's conditional randomisation); the p-value counts the permuted sums at least as extreme
    /// as the observed one on the observed side. Each region has its own generator, seeded from
    /// `seed` and its position, so results do not depend on the number of threads.
    public static func getisOrdStar(values: [Double?], graph: AdjacencyGraph, options: HotSpotOptions = HotSpotOptions()) -> [HotSpot] {
        let members = values.indices.filter { values[$0]?.isFinite ?? false }
        let n = members.count
        guard n >= 3 else { return [] }
        var slot = [Int](repeating: -1, count: values.count)
        for (position, region) in members.enumerated() { slot[region] = position }
        let x = members.map { values[$0]! }
        let mean = CompensatedSum.of(x) / Double(n)
        let spread = (CompensatedSum.of(x.map { ($0 - mean) * ($0 - mean) }) / Double(n)).squareRoot()
        let adjacent = members.map { graph.neighbours[$0].compactMap { slot[$0] >= 0 ? slot[$0] : nil } }
        let permutations = max(0, options.permutations)
        let results = (try? concurrentMap(n) { i -> (z: Double, p: Double) in
            let k = adjacent[i].count
            let weight = Double(k + 1)
            let observed = x[i] + adjacent[i].reduce(0) { $0 + x[$1] }
            let denominator = spread * ((Double(n) * weight - weight * weight) / Double(n - 1)).squareRoot()
            let z = denominator > 0 ? (observed - mean * weight) / denominator : .nan
            guard permutations > 0, z.isFinite else { return (z, .nan) }
            var pool = x
            pool.swapAt(i, n - 1)   // the others are pool[0 ..< n - 1]
            var generator = Xoshiro256StarStar(seed: options.seed ^ (UInt64(i + 1) &* 0x9E37_79B9_7F4A_7C15))
            var atLeast = 0
            for _ in 0..<permutations {
                var sum = x[i]
                // Partial Fisher–Yates: the first k places become a uniform k-subset of the others.
                for t in 0..<k {
                    let pick = t + Int(UInt64(n - 1 - t).multipliedFullWidth(by: generator.next()).high)
                    pool.swapAt(t, pick)
                    sum += pool[t]
                }
                if sum >= observed { atLeast += 1 }
            }
            let extreme = min(atLeast, permutations - atLeast)
            return (z, Double(extreme + 1) / Double(permutations + 1))
        }) ?? []
        let q = benjaminiHochberg(results.map(\.p))
        return members.enumerated().map { position, region in
            let (z, p) = results[position]
            let significant = q[position] <= options.alpha
            let classification: HotSpotClass = significant && z > 0 ? .hot : significant && z < 0 ? .cold : .notSignificant
            return HotSpot(region: region, code: graph.codes[region], value: x[position], neighbours: adjacent[position].count,
                           z: z, p: p, q: q[position], classification: classification)
        }
    }

    /// Benjamini–Hochberg adjusted p-values (q-values), in the input's order: for the p-values in
    /// ascending order p₍₁₎ ≤ … ≤ p₍ₘ₎, q₍ᵢ₎ = min over j ≥ i of p₍ⱼ₎ m ÷ j, at most 1. NaN stays NaN
    /// and does not count in m.
    public static func benjaminiHochberg(_ p: [Double]) -> [Double] {
        let order = p.indices.filter { !p[$0].isNaN }.sorted { (p[$0], $0) < (p[$1], $1) }
        let m = Double(order.count)
        var q = [Double](repeating: .nan, count: p.count)
        var running = 1.0
        for rank in stride(from: order.count, through: 1, by: -1) {
            let index = order[rank - 1]
            running = min(running, p[index] * m / Double(rank))
            q[index] = running
        }
        return q
    }
}
