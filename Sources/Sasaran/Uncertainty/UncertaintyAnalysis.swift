import Foundation
import SasaranGeo

/// Monte Carlo uncertainty of a selection: the figures are survey estimates, so draw N
/// replicates of every district's value from its estimate and standard error
/// (``ReplicateDistribution``, ``StandardErrors``), rerun the selection on each, and count.
///
/// Replicates are drawn in blocks of ``blockSize``; block b uses the generator seeded with the
/// seed (``Xoshiro256StarStar/init(seed:)``) and jumped b times, so the numbers depend on the
/// seed alone, not on the number of cores. Each replicate's national total is the sum of its
/// drawn values (or the national total the request gives, held fixed).
public enum UncertaintyAnalysis {
    public struct Options: Sendable, Hashable {
        public var errors: StandardErrors
        public var replicates: Int
        public var seed: UInt64
        public var distribution: ReplicateDistribution
        /// Worker threads; `nil` for ``Parallelism/defaultWorkers``. The results do not depend on it.
        public var workers: Int?

        public init(errors: StandardErrors, replicates: Int = 1000, seed: UInt64 = 1, distribution: ReplicateDistribution = .normal,
                    workers: Int? = nil) {
            self.errors = errors; self.replicates = replicates; self.seed = seed; self.distribution = distribution
            self.workers = workers
        }
    }

    /// Replicates per block of one generator stream.
    static let blockSize = 256

    /// Runs `options.replicates` replicates of `request` on `regions` (usually ``JoinResult/regions``).
    public static func run(_ regions: [JoinedRegion], request: TargetingRequest, options: Options) throws -> UncertaintyResult {
        guard options.replicates >= 1 else { throw UncertaintyError.invalidReplicates(options.replicates) }
        if case .relative(let cv) = options.errors, !(cv.isFinite && cv >= 0) { throw UncertaintyError.invalidCV(cv) }
        let point = try Targeting.select(regions, request: request)
        let errors = try options.errors.standardErrors(of: regions)
        let slots = regions.indices.filter { regions[$0].value != nil }
        let valued = slots.map { regions[$0] }
        let sampler = ReplicateSampler(mean: valued.map { $0.value! }, sigma: slots.map { errors[$0]! }, distribution: options.distribution)
        let slotOfCode = Dictionary(uniqueKeysWithValues: valued.enumerated().map { ($1.code, $0) })
        let pointSlots = point.codes.map { slotOfCode[$0]! }
        let replicator = Replicator(regions: regions, slots: slots, request: request, sampler: sampler, pointSlots: pointSlots)

        let blocks = (options.replicates + blockSize - 1) / blockSize
        var generators: [Xoshiro256StarStar] = []
        var generator = Xoshiro256StarStar(seed: options.seed)
        for _ in 0..<blocks { generators.append(generator); generator.jump() }
        let outcomes = try concurrentMap(blocks, workers: options.workers) { b in
            try replicator.run(count: Swift.min(blockSize, options.replicates - b * blockSize), generator: generators[b])
        }
        var times = [Int](repeating: 0, count: slots.count)
        var needed: [Double] = []
        var coverage: [Double] = []
        for outcome in outcomes {
            for k in times.indices { times[k] += Int(outcome.times[k]) }
            needed += outcome.needed
            coverage += outcome.pointCoverage
        }
        let pointRank = Dictionary(uniqueKeysWithValues: point.entries.map { ($0.code, $0.rank) })
        let n = Double(options.replicates)
        let districts = valued.enumerated().map { k, r in
            UncertaintyResult.District(code: r.code, name: r.key.name, parent: r.key.parent, value: r.value!,
                                       standardError: sampler.sigma[k], pointRank: pointRank[r.code],
                                       timesSelected: times[k], probability: Double(times[k]) / n)
        }.sorted {
            if $0.timesSelected != $1.timesSelected { return $0.timesSelected > $1.timesSelected }
            if ($0.pointRank ?? .max) != ($1.pointRank ?? .max) { return ($0.pointRank ?? .max) < ($1.pointRank ?? .max) }
            return $0.code < $1.code
        }
        return UncertaintyResult(replicates: options.replicates, seed: options.seed, distribution: options.distribution,
                                 errors: options.errors, pointList: point, districts: districts,
                                 districtsNeeded: Quantiles(needed), pointListCoverage: Quantiles(coverage),
                                 fastPath: replicator.selector != nil)
    }
}

/// Runs blocks of replicates: draws, selects, counts.
struct Replicator {
    struct Outcome {
        var times: [Int32]
        var needed: [Double]
        var pointCoverage: [Double]
    }

    let regions: [JoinedRegion]
    /// Indices of the regions with a value.
    let slots: [Int]
    let request: TargetingRequest
    let sampler: ReplicateSampler
    let pointSlots: [Int]
    /// The fast selector, when it supports the request.
    let selector: ReplicateSelector?

    init(regions: [JoinedRegion], slots: [Int], request: TargetingRequest, sampler: ReplicateSampler, pointSlots: [Int]) {
        self.regions = regions; self.slots = slots; self.request = request; self.sampler = sampler; self.pointSlots = pointSlots
        selector = ReplicateSelector.supports(request) ? ReplicateSelector(slots.map { regions[$0] }, request: request) : nil
    }

    func run(count: Int, generator start: Xoshiro256StarStar) throws -> Outcome {
        var generator = start
        var outcome = Outcome(times: Array(repeating: 0, count: slots.count), needed: [], pointCoverage: [])
        outcome.needed.reserveCapacity(count)
        outcome.pointCoverage.reserveCapacity(count)
        var values = [Double](repeating: 0, count: slots.count)
        var scratch = selector.map(ReplicateSelector.Scratch.init)
        var slotOfCode: [String: Int] = [:]
        if selector == nil { for (k, i) in slots.enumerated() { slotOfCode[regions[i].code] = k } }
        try values.withUnsafeMutableBufferPointer { buffer in
            for _ in 0..<count {
                sampler.draw(into: buffer, using: &generator)
                let total: Double
                if let selector {
                    total = selector.total(of: buffer)
                    selector.select(buffer, total: total, scratch: &scratch!)
                    for slot in scratch!.chosen { outcome.times[Int(slot)] += 1 }
                    outcome.needed.append(Double(scratch!.chosen.count))
                } else {
                    var replicate = regions
                    for (k, i) in slots.enumerated() { replicate[i].value = buffer[k] }
                    let selection = try Targeting.select(replicate, request: request)
                    for code in selection.codes { outcome.times[slotOfCode[code]!] += 1 }
                    outcome.needed.append(Double(selection.entries.count))
                    total = selection.total
                }
                var covered = CompensatedSum()
                for slot in pointSlots { covered.add(buffer[slot]) }
                outcome.pointCoverage.append(covered.value / total)
            }
        }
        return outcome
    }
}
