import CGEOS

extension Geometry {
    /// Evaluates a GEOS predicate, which returns 1 for true, 0 for false and 2 on error.
    static func predicate(_ name: String, _ call: (GEOSContextHandle_t) -> CChar) throws -> Bool {
        let context = GEOSContext.current
        switch call(context.handle) {
        case 1: return true
        case 0: return false
        default: throw context.failure(name)
        }
    }

    /// True when the two share at least one point. Wraps `GEOSIntersects_r`.
    public func intersects(_ other: Geometry) throws -> Bool {
        try Geometry.predicate("intersects") { GEOSIntersects_r($0, pointer, other.pointer) }
    }

    /// True when `other` lies in the interior or on the boundary but not only on the boundary.
    /// Wraps `GEOSContains_r`.
    public func contains(_ other: Geometry) throws -> Bool {
        try Geometry.predicate("contains") { GEOSContains_r($0, pointer, other.pointer) }
    }

    /// True when the interiors of the two intersect (area overlap or crossing), beyond touching.
    /// Computed from the DE-9IM matrix with `GEOSRelatePattern_r` ("T********").
    public func interiorsIntersect(_ other: Geometry) throws -> Bool {
        try Geometry.predicate("relate") { GEOSRelatePattern_r($0, pointer, other.pointer, "T********") }
    }

    /// True when the planar distance between the two is at most `distance`, stopping early.
    /// Wraps `GEOSDistanceWithin_r`.
    public func isWithin(distance: Double, of other: Geometry) throws -> Bool {
        try Geometry.predicate("distance within") { GEOSDistanceWithin_r($0, pointer, other.pointer, distance) }
    }
}
