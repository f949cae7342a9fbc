import SasaranGeo

extension JSONWriter {
    /// Writes `geometry` as a Polygon or MultiPolygon with RFC 7946 ring orientation.
    mutating func geometry(_ geometry: Geometry) throws {
        let polygons = try geometry.polygonRings()
        guard !polygons.isEmpty else { raw("null"); return }
        reserve(polygons.reduce(0) { $0 + $1.reduce(0) { $0 + $1.count * 12 } })
        if polygons.count == 1 {
            raw("{\"type\":\"Polygon\",\"coordinates\":")
            polygon(polygons[0])
        } else {
            raw("{\"type\":\"MultiPolygon\",\"coordinates\":[")
            for (index, rings) in polygons.enumerated() {
                if index > 0 { raw(",") }
                polygon(rings)
            }
            raw("]")
        }
        raw("}")
    }

    /// One polygon's rings: the shell counter-clockwise, then the holes clockwise.
    private mutating func polygon(_ rings: PolygonRings) {
        raw("[")
        for (index, ring) in rings.enumerated() {
            if index > 0 { raw(",") }
            let counterClockwise = Ring.isCounterClockwise(ring)
            let reverse = (index == 0) != counterClockwise
            raw("[")
            let points = ring.count / 2
            for k in 0..<points {
                let p = reverse ? points - 1 - k : k
                if k > 0 { raw(",") }
                raw("[")
                coordinate(ring[2 * p])
                raw(",")
                coordinate(ring[2 * p + 1])
                raw("]")
            }
            raw("]")
        }
        raw("]")
    }
}
