import Foundation
import SasaranGeo

extension RegionLayer {
    /// Finds pairs of regions whose interiors overlap (candidates from the STRtree, confirmed by
    /// the DE-9IM relate, measured by the geodesic area of the intersection), stores them in
    /// ``validation`` and returns them, largest first, ties by codes.
    ///
    /// Copies of one geometry (a layer with a district twice, or 300 times) are found first, by
    /// bounding box and then WKB, and reported as overlaps of each copy with the first (in layer
    /// order) at the copy's full area; only the first takes part in the pairwise search, so
    /// k copies cost k, not k². A region that contains another overlaps it by the other's area,
    /// without computing the intersection.
    @discardableResult
    public func findOverlaps() throws -> [ValidationReport.Overlap] {
        let copies = try identicalGeometries()
        let copyOf = Dictionary(copies.flatMap { group in group.dropFirst().map { ($0, group[0]) } }, uniquingKeysWith: { a, _ in a })
        let tree = try self.tree()
        let found = try concurrentMap(regions.count) { index -> [ValidationReport.Overlap] in
            guard copyOf[index] == nil else { return [] }
            let region = regions[index]
            return try tree.query(region.envelope).filter { $0 > index && copyOf[$0] == nil }.compactMap { other in
                let neighbour = regions[other]
                guard try region.geometry.interiorsIntersect(neighbour.geometry) else { return nil }
                let area: Double
                if try region.geometry.contains(neighbour.geometry) {
                    area = neighbour.geodesicAreaKm2
                } else if try neighbour.geometry.contains(region.geometry) {
                    area = region.geodesicAreaKm2
                } else {
                    area = try region.geometry.intersection(neighbour.geometry).geodesicAreaKm2()
                }
                return area > 0 ? .init(codeA: region.code, codeB: neighbour.code, areaKm2: area) : nil
            }
        }
        let duplicated = copyOf.map { copy, first in
            ValidationReport.Overlap(codeA: regions[first].code, codeB: regions[copy].code, areaKm2: regions[copy].geodesicAreaKm2)
        }
        let overlaps = (found.flatMap { $0 } + duplicated.filter { $0.areaKm2 > 0 }).sorted {
            $0.areaKm2 != $1.areaKm2 ? $0.areaKm2 > $1.areaKm2 : ($0.codeA, $0.codeB) < ($1.codeA, $1.codeB)
        }
        setOverlaps(overlaps)
        return overlaps
    }

    /// Groups of regions with byte-identical geometries (two or more each), every group in
    /// region order: candidates share a bounding box, then their WKB is compared.
    func identicalGeometries() throws -> [[Int]] {
        var byBox: [Envelope: [Int]] = [:]
        for region in regions where !region.geometry.isEmpty { byBox[region.envelope, default: []].append(region.index) }
        var groups: [[Int]] = []
        for (_, members) in byBox where members.count > 1 {
            var byBytes: [[UInt8]: [Int]] = [:]
            for member in members { byBytes[try regions[member].geometry.wkb(), default: []].append(member) }
            groups += byBytes.values.filter { $0.count > 1 }.map { $0.sorted() }
        }
        return groups.sorted { $0[0] < $1[0] }
    }
}
