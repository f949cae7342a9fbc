import Foundation
import SasaranGeo

extension RegionLayer {
    /// Finds pairs of regions whose interiors overlap (candidates from the STRtree, confirmed by
    /// the DE-9IM relate, measured by the geodesic area of the intersection), stores them in
    /// ``validation`` and returns them, largest first, ties by codes.
    @discardableResult
    public func findOverlaps() throws -> [ValidationReport.Overlap] {
        let tree = try self.tree()
        let found = try concurrentMap(regions.count) { index -> [ValidationReport.Overlap] in
            let region = regions[index]
            return try tree.query(region.envelope).filter { $0 > index }.compactMap { other in
                let neighbour = regions[other]
                guard try region.geometry.interiorsIntersect(neighbour.geometry) else { return nil }
                let area = try region.geometry.intersection(neighbour.geometry).geodesicAreaKm2()
                return area > 0 ? .init(codeA: region.code, codeB: neighbour.code, areaKm2: area) : nil
            }
        }
        let overlaps = found.flatMap { $0 }.sorted {
            $0.areaKm2 != $1.areaKm2 ? $0.areaKm2 > $1.areaKm2 : ($0.codeA, $0.codeB) < ($1.codeA, $1.codeB)
        }
        setOverlaps(overlaps)
        return overlaps
    }
}
