import CGEOS

extension Geometry {
    /// Planar area in the geometry's units (square degrees for lon/lat). Wraps `GEOSArea_r`.
    public func planarArea() throws -> Double {
        let context = GEOSContext.current
        var area = 0.0
        guard GEOSArea_r(context.handle, pointer, &area) == 1 else { throw context.failure("area") }
        return area
    }

    /// The shared part of two geometries. Wraps `GEOSIntersection_r`.
    public func intersection(_ other: Geometry) throws -> Geometry {
        let context = GEOSContext.current
        return try .make(GEOSIntersection_r(context.handle, pointer, other.pointer), "intersection", context)
    }

    /// The union of all parts of this geometry (dissolve). Wraps `GEOSUnaryUnion_r`.
    public func unaryUnion() throws -> Geometry {
        let context = GEOSContext.current
        return try .make(GEOSUnaryUnion_r(context.handle, pointer), "union", context)
    }

    /// The union of several geometries (copied; the inputs stay usable).
    public static func union(of geometries: [Geometry]) throws -> Geometry {
        try collection(.collection, geometries.map { try $0.clone() }).unaryUnion()
    }

    /// A simplified copy that keeps the topology (no self-intersections, holes stay inside).
    /// Wraps `GEOSTopologyPreserveSimplify_r`.
    public func simplified(tolerance: Double) throws -> Geometry {
        let context = GEOSContext.current
        return try .make(GEOSTopologyPreserveSimplify_r(context.handle, pointer, tolerance), "simplify", context)
    }

    /// The shortest planar distance between the two geometries. Wraps `GEOSDistance_r`.
    public func distance(to other: Geometry) throws -> Double {
        let context = GEOSContext.current
        var distance = 0.0
        guard GEOSDistance_r(context.handle, pointer, other.pointer, &distance) == 1 else { throw context.failure("distance") }
        return distance
    }

    /// A point guaranteed to lie inside the geometry. Wraps `GEOSPointOnSurface_r`.
    public func pointOnSurface() throws -> (x: Double, y: Double) {
        let context = GEOSContext.current
        let point = try Geometry.make(GEOSPointOnSurface_r(context.handle, pointer), "point on surface", context)
        var x = 0.0, y = 0.0
        GEOSGeomGetX_r(context.handle, point.pointer, &x)
        GEOSGeomGetY_r(context.handle, point.pointer, &y)
        return (x, y)
    }
}
