import Foundation
import SasaranGeo

/// Weight sensitivity of a composite index: draw the weights many times around the given ones
/// (``WeightPerturbation``), re-rank and re-select on each draw, and count how often each
/// district is selected, where it ranks, and how well each draw's ranking agrees with the
/// baseline's (Spearman's ρ). With sampling errors (``StandardErrors``) each draw also redraws
/// the counts as ``UncertaintyAnalysis`` does, so both sources of uncertainty combine: shares and
/// the national total follow the drawn counts, and a component that is the count column itself
/// is normalised again on them.
///
/// Draws come in blocks of 256 from the generator the uncertainty command uses
/// (``Xoshiro256StarStar`` seeded with the seed, jumped once per block), so the numbers depend on
/// the seed alone, not on the number of cores. Within a draw the weights are drawn first, then
/// the counts.
public enum SensitivityAnalysis {
    public struct Options: Sendable, Hashable {
        public var perturbation: WeightPerturbation
        public var draws: Int
        public var seed: UInt64
        public var errors: StandardErrors?
        public var distribution: ReplicateDistribution

        public init(perturbation: WeightPerturbation, draws: Int = 1000, seed: UInt64 = 1,
                    errors: StandardErrors? = nil, distribution: ReplicateDistribution = .normal) {
            self.perturbation = perturbation; self.draws = draws; self.seed = seed; self.errors = errors; self.distribution = distribution
        }
    }

    static let blockSize = 256

    /// Runs the draws on a run whose scenario has a weighted composite index.
    public static func run(_ result: RunResult, options: Options) throws -> SensitivityResult {
        guard let index = result.index, let weights = index.weights,
              case .weighted(let components)? = index.specification.composite else { throw SensitivityError.noWeights }
        guard options.draws >= 1 else { throw SensitivityError.invalid("draws \(options.draws) is invalid: give at least 1") }
        try options.perturbation.validate()
        let work = try DrawWork(result: result, index: index, components: components, weights: weights, options: options)
        let blocks = (options.draws + blockSize - 1) / blockSize
        var generators: [Xoshiro256StarStar] = []
        var generator = Xoshiro256StarStar(seed: options.seed)
        for _ in 0..<blocks { generators.append(generator); generator.jump() }
        let workers = max(1, min(blocks, ProcessInfo.processInfo.activeProcessorCount))
        let perWorker = (blocks + workers - 1) / workers
        // Contiguous runs of blocks per worker, merged in order: the draws stay in draw order.
        let outcomes = try concurrentMap(workers) { w in
            var outcome = DrawWork.Outcome(work)
            for b in (w * perWorker)..<min(blocks, (w + 1) * perWorker) {
                try work.run(count: min(blockSize, options.draws - b * blockSize), generator: generators[b], into: &outcome)
            }
            return outcome
        }
        var total = DrawWork.Outcome(work)
        for outcome in outcomes { total.merge(outcome) }
        return work.summarise(total, options: options, components: components, weights: weights)
    }
}
