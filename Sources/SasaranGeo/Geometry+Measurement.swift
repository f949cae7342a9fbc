import CGEOS

/// Measurements in the plane of the coordinates (as shapely's measurement functions): area,
/// length, distance and nearest points. Geodesic measures are in `GeodesicArea` and
/// `GeodesicDistance`.
extension Geometry {
    /// Planar area in the geometry's units (square degrees for lon/lat). Wraps `GEOSArea_r`.
    public func planarArea() throws -> Double {
        let context = GEOSContext.current
        var area = 0.0
        guard GEOSArea_r(context.handle, pointer, &area) == 1 else { throw context.failure("area") }
        return area
    }

    /// Planar length in the geometry's units: the length of lines, the perimeter of polygons,
    /// 0 for points (summed over the parts of a collection). Wraps `GEOSLength_r`.
    public func planarLength() throws -> Double {
        let context = GEOSContext.current
        var length = 0.0
        guard GEOSLength_r(context.handle, pointer, &length) == 1 else { throw context.failure("length") }
        return length
    }

    /// The shortest planar distance between the two geometries. Wraps `GEOSDistance_r`.
    public func distance(to other: Geometry) throws -> Double {
        let context = GEOSContext.current
        var distance = 0.0
        guard GEOSDistance_r(context.handle, pointer, other.pointer, &distance) == 1 else { throw context.failure("distance") }
        return distance
    }

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
}
