/// Builds polygons from loose rings whose winding cannot be trusted (shapefiles in the wild
/// often have it wrong): a ring inside an odd number of other rings is a hole of the smallest
/// ring that holds it, every other ring is a shell.
///
/// Written by hand because it runs on raw coordinates before any GEOS geometry exists: one
/// crossing test per candidate pair is far cheaper than building and preparing a GEOS polygon for
/// every ring of a 10,000-island district.
public enum PolygonAssembly {
    /// Assembles closed rings (interleaved x,y) into one Polygon or MultiPolygon.
    public static func assemble(_ rings: [[Double]]) throws -> Geometry {
        if rings.count == 1 {
            return try rings[0].withUnsafeBufferPointer { try Geometry.polygon(shell: $0) }
        }
        let boxes = rings.map(Ring.envelope)
        let areas = rings.map { abs(Ring.signedArea($0)) }
        // Containers are larger than what they contain: look only at larger rings.
        let bySize = rings.indices.sorted { areas[$0] != areas[$1] ? areas[$0] > areas[$1] : $0 < $1 }
        var depth = [Int](repeating: 0, count: rings.count)
        var parent = [Int?](repeating: nil, count: rings.count)
        for (position, ring) in bySize.enumerated() {
            for candidate in bySize[..<position].reversed()
            where boxes[candidate].contains(boxes[ring]) && contains(rings[candidate], ring: rings[ring]) {
                depth[ring] += 1
                // The first container met going from smaller to larger is the smallest one.
                if parent[ring] == nil { parent[ring] = candidate }
            }
        }
        var holesOf: [Int: [Int]] = [:]
        var shells: [Int] = []
        for ring in rings.indices {
            if depth[ring] % 2 == 1, let shell = parent[ring] { holesOf[shell, default: []].append(ring) } else { shells.append(ring) }
        }
        let polygons = try shells.map { shell in
            try Geometry.polygon(shell: ring(rings[shell]), holes: (holesOf[shell] ?? []).map { try ring(rings[$0]) })
        }
        return try Geometry.polygonal(polygons)
    }

    private static func ring(_ xy: [Double]) throws -> Geometry {
        try xy.withUnsafeBufferPointer(Geometry.linearRing)
    }

    /// True when `ring` lies inside `container`: the majority of up to three of its vertices pass
    /// the crossing test (one vertex may sit on the container's border where rings touch).
    static func contains(_ container: [Double], ring: [Double]) -> Bool {
        let points = ring.count / 2 - 1
        let probes = Set([0, points / 3, 2 * points / 3]).sorted()
        let inside = probes.filter { crossingTest(container, x: ring[2 * $0], y: ring[2 * $0 + 1]) }.count
        return inside * 2 > probes.count
    }

    /// Even-odd crossing number of a horizontal ray from (x, y) against the ring's edges.
    static func crossingTest(_ xy: [Double], x: Double, y: Double) -> Bool {
        var inside = false
        var index = 0
        while index + 3 < xy.count {
            let (x1, y1, x2, y2) = (xy[index], xy[index + 1], xy[index + 2], xy[index + 3])
            if (y1 > y) != (y2 > y), x < (x2 - x1) * (y - y1) / (y2 - y1) + x1 { inside.toggle() }
            index += 2
        }
        return inside
    }
}

extension Envelope {
    /// True when `other` lies entirely inside this box.
    public func contains(_ other: Envelope) -> Bool {
        other.minX >= minX && other.maxX <= maxX && other.minY >= minY && other.maxY <= maxY
    }
}
