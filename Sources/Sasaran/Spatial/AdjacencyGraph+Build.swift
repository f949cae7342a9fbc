import Foundation
import SasaranGeo

extension RegionLayer {
    /// The adjacency graph of the layer.
    ///
    /// Candidates come from the STRtree (envelopes grown by the tolerance in degrees, converted
    /// conservatively at the layer's highest latitude) and are decided with GEOS, one region per
    /// task on all cores:
    /// - tolerance 0: queen when GEOS `intersects`; the shared length is the length of a
    ///   boundary inside or on the other region (`boundary ∩ other`), and rook when it is above 0.
    /// - tolerance t > 0: a neighbour when the planar distance is within t converted to degrees
    ///   (an upper bound) and the geodesic distance between GEOS's nearest points is ≤ t km; the
    ///   shared length is the length of a boundary within t of the other region (the other
    ///   clipped near the pair, buffered by t in degrees of longitude), and rook when it is at
    ///   least ``AdjacencyOptions/sharedKmForRook``.
    /// The shared length is measured from both sides and the longer taken, at the pair's middle
    /// latitude, so the relation is symmetric: it does not depend on the order of the records.
    /// Planar lengths in degrees become km with the longitude scale at the pair's latitude
    /// (111.32 km × cos φ), which under-states north–south stretches by at most a factor cos φ
    /// (2% in Indonesia). GEOS's nearest points are the nearest in the lon/lat plane; over the
    /// ellipsoid the true nearest pair can be a little closer, which matters only for pairs within
    /// metres of the tolerance.
    ///
    /// Sea bridges (``AdjacencyOptions/seaBridgeKm``): every island region is linked to every
    /// region whose geodesic distance (measured the same way) is within the bridge distance.
    public func adjacency(_ options: AdjacencyOptions = AdjacencyOptions()) throws -> AdjacencyGraph {
        let tree = try self.tree()
        let maxLatitude = max(abs(envelope.minY), abs(envelope.maxY))
        let tolerance = options.toleranceKm
        let toleranceDegrees = tolerance > 0 ? GeodesicDistance.degreesCovering(km: tolerance, maxAbsLatitude: maxLatitude) : 0
        let minimumShared = options.sharedKmForRook
        // Copies of one geometry are measured once: only the first of each group is compared
        // with the others, and its links are handed to every copy (300 copies of a district
        // took minutes pair by pair; now the work is that of one district, plus the links).
        let groups = try identicalGeometries()
        var membersOf: [Int: [Int]] = [:]
        var isCopy = [Bool](repeating: false, count: regions.count)
        for group in groups {
            membersOf[group[0]] = group
            for copy in group.dropFirst() { isCopy[copy] = true }
        }
        let found = try concurrentMap(regions.count) { index -> [AdjacencyLink] in
            guard !isCopy[index] else { return [] }
            let region = regions[index]
            let candidates = try tree.query(region.envelope.expanded(by: toleranceDegrees)).filter { $0 > index && !isCopy[$0] }
            guard !candidates.isEmpty else { return [] }
            let prepared = try PreparedGeometry(region.geometry)
            var links: [AdjacencyLink] = []
            for other in candidates {
                let geometry = regions[other].geometry
                let touching = try prepared.intersects(geometry)
                var distance = 0.0
                if !touching {
                    guard tolerance > 0, try region.geometry.isWithin(distance: toleranceDegrees, of: geometry) else { continue }
                    let nearest = try region.geometry.nearestPoints(to: geometry)
                    distance = GeodesicDistance.km(lon1: nearest.a.x, lat1: nearest.a.y, lon2: nearest.b.x, lat2: nearest.b.y)
                    guard distance <= tolerance else { continue }
                }
                let shared = try Self.sharedBorderKm(region, regions[other], toleranceKm: tolerance)
                let rook = tolerance > 0 ? shared >= minimumShared : shared > 0
                guard rook || options.contiguity == .queen else { continue }
                links.append(AdjacencyLink(a: index, b: other, kind: rook ? .rook : .queen, distanceKm: distance, sharedKm: shared))
            }
            return links
        }
        var links: [AdjacencyLink] = []
        for link in found.flatMap({ $0 }) {
            for a in membersOf[link.a] ?? [link.a] {
                for b in membersOf[link.b] ?? [link.b] {
                    links.append(AdjacencyLink(a: min(a, b), b: max(a, b), kind: link.kind, distanceKm: link.distanceKm, sharedKm: link.sharedKm))
                }
            }
        }
        for group in groups {
            // Copies share their whole border: rook neighbours of one another.
            let shared = try Self.sharedBorderKm(regions[group[0]], regions[group[0]], toleranceKm: 0)
            for (position, a) in group.enumerated() {
                for b in group[(position + 1)...] { links.append(AdjacencyLink(a: a, b: b, kind: .rook, distanceKm: 0, sharedKm: shared)) }
            }
        }
        if !groups.isEmpty { links.sort { ($0.a, $0.b) < ($1.a, $1.b) } }
        var touched = [Bool](repeating: false, count: regions.count)
        for link in links { touched[link.a] = true; touched[link.b] = true }
        let islands = regions.indices.filter { !touched[$0] }
        if let bridgeKm = options.seaBridgeKm, bridgeKm > 0 {
            links += try seaBridges(from: islands, withinKm: bridgeKm, tree: tree, maxLatitude: maxLatitude)
        }
        return AdjacencyGraph(codes: regions.map(\.code), links: links, islands: islands, options: options)
    }

    /// Links from each island region to every other region within `withinKm` (geodesic), each
    /// unordered pair once.
    private func seaBridges(from islands: [Int], withinKm: Double, tree: STRtree, maxLatitude: Double) throws -> [AdjacencyLink] {
        let degrees = GeodesicDistance.degreesCovering(km: withinKm, maxAbsLatitude: maxLatitude)
        let isIsland = Set(islands)
        let found = try concurrentMap(islands.count) { position -> [AdjacencyLink] in
            let index = islands[position]
            let region = regions[index]
            var links: [AdjacencyLink] = []
            for other in try tree.query(region.envelope.expanded(by: degrees)) where other != index {
                // A pair of two islands is found from both; keep it from the smaller index.
                if isIsland.contains(other), other < index { continue }
                let geometry = regions[other].geometry
                guard try region.geometry.isWithin(distance: degrees, of: geometry) else { continue }
                let nearest = try region.geometry.nearestPoints(to: geometry)
                let distance = GeodesicDistance.km(lon1: nearest.a.x, lat1: nearest.a.y, lon2: nearest.b.x, lat2: nearest.b.y)
                if distance <= withinKm {
                    links.append(AdjacencyLink(a: index, b: other, kind: .bridge, distanceKm: distance, sharedKm: 0))
                }
            }
            return links
        }
        return found.flatMap { $0 }
    }

    /// The length (km) of border the two regions share: of either one's boundary lying on the
    /// other (tolerance 0) or within the tolerance of it, the longer of the two.
    private static func sharedBorderKm(_ a: Region, _ b: Region, toleranceKm: Double) throws -> Double {
        let latitude = (min(a.envelope.minY, b.envelope.minY) + max(a.envelope.maxY, b.envelope.maxY)) / 2
        let kmPerDegree = 111.320 * cos(latitude * .pi / 180)
        func length(of boundary: Region, near other: Region) throws -> Double {
            let line = try boundary.geometry.boundary()
            if toleranceKm == 0 { return try line.intersection(other.geometry).planarLength() * kmPerDegree }
            let radius = toleranceKm / kmPerDegree
            let near = try other.geometry.clipped(to: boundary.envelope.expanded(by: 2 * radius)).buffered(by: radius)
            return try line.intersection(near).planarLength() * kmPerDegree
        }
        return max(try length(of: a, near: b), try length(of: b, near: a))
    }
}
