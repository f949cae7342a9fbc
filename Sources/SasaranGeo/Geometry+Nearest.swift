import CGEOS

extension Geometry {
    /// The two points, one on each geometry, that are closest in the plane (the coordinates'
    /// own units). Wraps `GEOSNearestPoints_r`.
    public func nearestPoints(to other: Geometry) throws -> (a: (x: Double, y: Double), b: (x: Double, y: Double)) {
        let context = GEOSContext.current
        guard let sequence = GEOSNearestPoints_r(context.handle, pointer, other.pointer) else {
            throw context.failure("nearest points")
        }
        defer { GEOSCoordSeq_destroy_r(context.handle, sequence) }
        var ax = 0.0, ay = 0.0, bx = 0.0, by = 0.0
        GEOSCoordSeq_getXY_r(context.handle, sequence, 0, &ax, &ay)
        GEOSCoordSeq_getXY_r(context.handle, sequence, 1, &bx, &by)
        return ((ax, ay), (bx, by))
    }

    /// True when the planar distance between the two is at most `distance`, stopping early.
    /// Wraps `GEOSDistanceWithin_r`.
    public func isWithin(distance: Double, of other: Geometry) throws -> Bool {
        try Geometry.predicate("distance within") { GEOSDistanceWithin_r($0, pointer, other.pointer, distance) }
    }
}
