import Foundation
import SasaranGeo
import SasaranIO

/// Points counted (and weights summed) per region of a layer.
///
/// A point inside several regions (overlapping boundaries) goes to one of them by
/// ``RegionLayer/pick(_:)``: the smallest region by geodesic area, ties by code (an enclave wins
/// over the district around it). A point on a border shared by two regions lies in exactly one of
/// them (the locator's half-open edge rule). Points outside every region are counted apart.
public struct PointTally: Sendable, Equatable {
    /// Points per region, by layer index.
    public var counts: [Int]
    /// Sum of weights per region, by layer index (empty when the input has no weights).
    public var weights: [Double]
    /// Points read.
    public var points = 0
    /// Points in no region.
    public var outside = 0
    /// Points inside two or more regions (each counted once, by the rule above).
    public var inSeveral = 0

    public init(regions: Int, weighted: Bool) {
        counts = [Int](repeating: 0, count: regions)
        weights = weighted ? [Double](repeating: 0, count: regions) : []
    }

    /// Adds another tally of the same layer.
    mutating func merge(_ other: PointTally) {
        for index in counts.indices { counts[index] += other.counts[index] }
        for index in weights.indices { weights[index] += other.weights[index] }
        points += other.points; outside += other.outside; inSeveral += other.inSeveral
    }
}

extension RegionLayer {
    /// Counts the points of a CSV (`id,lon,lat[,weight]`) per region, streaming in blocks located
    /// on all cores; with `weighted`, also sums the weight column (which must exist).
    public func tally(stream: PointCSVStream, weighted: Bool, progress: (Int) -> Void = { _ in }) throws -> PointTally {
        if weighted, stream.weightColumn == nil {
            throw InputError(file: stream.path, record: 1, message: "no weight column (named weight, w or count) for --weight")
        }
        var tally = PointTally(regions: regions.count, weighted: weighted)
        try locate(stream: stream, progress: progress) { located in
            let first = located.regions.first
            tally.points += first.count
            for point in 0..<first.count {
                var region = Int(first[point])
                guard region >= 0 else { tally.outside += 1; continue }
                if let several = located.regions.multiple[point] {
                    region = RegionLayer.pick(several.map { regions[$0] })!.index
                    tally.inSeveral += 1
                }
                tally.counts[region] += 1
                if weighted { tally.weights[region] += located.points.weights[point] }
            }
        }
        return tally
    }

    /// Counts the points of a binary lon,lat file per region: each block is split over the cores,
    /// every part counts into its own tally, and the tallies are merged, so memory is the block
    /// plus one tally per part. `progress` receives the points done after each block.
    public func tally(binary stream: BinaryPointStream, progress: (Int) -> Void = { _ in }) throws -> PointTally {
        let locator = try self.locator()
        let parts = ProcessInfo.processInfo.activeProcessorCount * 4
        var tally = PointTally(regions: regions.count, weighted: false)
        while try stream.nextBlock({ xy in
            let count = xy.count / 2
            let partials = try concurrentMap(parts) { part -> PointTally in
                var partial = PointTally(regions: regions.count, weighted: false)
                var found: [Int] = []
                for point in (count * part / parts)..<(count * (part + 1) / parts) {
                    found.removeAll(keepingCapacity: true)
                    locator.forEachRegion(containingX: xy[2 * point], y: xy[2 * point + 1]) { found.append($0) }
                    partial.points += 1
                    switch found.count {
                    case 0: partial.outside += 1
                    case 1: partial.counts[found[0]] += 1
                    default:
                        partial.inSeveral += 1
                        partial.counts[RegionLayer.pick(found.map { regions[$0] })!.index] += 1
                    }
                }
                return partial
            }
            for partial in partials { tally.merge(partial) }
        }) {
            progress(tally.points)
        }
        return tally
    }
}
