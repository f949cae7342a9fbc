import Foundation
import SasaranGeo

extension RegionLayer {
    /// Finds pairs of regions whose interiors overlap (candidates from the STRtree, confirmed by
    /// the DE-9IM relate, measured by the geodesic area of the intersection), stores them in
    /// ``validation`` and returns them, largest first, ties by codes.
    @discardableResult
    public func findOverlaps() throws -> [ValidationReport.Overlap] {
        let tree = try self.tree()
        var found = [[ValidationReport.Overlap]](repeating: [], count: regions.count)
        var failure: Error?
        let failureLock = NSLock()
        found.withUnsafeMutableBufferPointer { output in
            let output = output
            DispatchQueue.concurrentPerform(iterations: regions.count) { index in
                do {
                    let region = regions[index]
                    for other in try tree.query(region.envelope) where other > index {
                        let neighbour = regions[other]
                        guard try region.geometry.interiorsIntersect(neighbour.geometry) else { continue }
                        let area = try region.geometry.intersection(neighbour.geometry).geodesicAreaKm2()
                        guard area > 0 else { continue }
                        output[index].append(.init(codeA: region.code, codeB: neighbour.code, areaKm2: area))
                    }
                } catch {
                    failureLock.lock(); failure = failure ?? error; failureLock.unlock()
                }
            }
        }
        if let failure { throw failure }
        let overlaps = found.flatMap { $0 }.sorted {
            $0.areaKm2 != $1.areaKm2 ? $0.areaKm2 > $1.areaKm2 : ($0.codeA, $0.codeB) < ($1.codeA, $1.codeB)
        }
        setOverlaps(overlaps)
        return overlaps
    }
}
