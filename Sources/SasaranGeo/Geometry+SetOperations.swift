import CGEOS

/// Set operations on geometries (as shapely's `intersection`, `difference`, `union_all`): each
/// returns a new geometry and leaves the inputs unchanged.
extension Geometry {
    /// The shared part of two geometries. Wraps `GEOSIntersection_r`.
    public func intersection(_ other: Geometry) throws -> Geometry {
        let context = GEOSContext.current
        return try .make(GEOSIntersection_r(context.handle, pointer, other.pointer), "intersection", context)
    }

    /// The part of this geometry outside `other`. Wraps `GEOSDifference_r`.
    public func difference(_ other: Geometry) throws -> Geometry {
        let context = GEOSContext.current
        return try .make(GEOSDifference_r(context.handle, pointer, other.pointer), "difference", context)
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
}
