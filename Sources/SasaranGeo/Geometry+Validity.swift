import CGEOS

extension Geometry {
    /// True when the geometry is valid in the OGC sense. Wraps `GEOSisValid_r`.
    public func isValid() throws -> Bool {
        let context = GEOSContext.current
        switch GEOSisValid_r(context.handle, pointer) {
        case 1: return true
        case 0: return false
        default: throw context.failure("validity check")
        }
    }

    /// Why the geometry is invalid ("Self-intersection[97.5 2.8]"), or "Valid Geometry".
    /// Wraps `GEOSisValidReason_r`.
    public func validityReason() throws -> String {
        let context = GEOSContext.current
        guard let reason = GEOSisValidReason_r(context.handle, pointer) else { throw context.failure("validity reason") }
        defer { GEOSFree_r(context.handle, reason) }
        return String(cString: reason)
    }

    /// A valid polygonal geometry covering the same area: `GEOSMakeValidWithParams_r` with the
    /// "structure" method (rings are shells or holes by nesting, collapsed parts dropped), then
    /// the polygonal parts only.
    public func madeValid() throws -> Geometry {
        let context = GEOSContext.current
        guard let params = GEOSMakeValidParams_create_r(context.handle) else { throw context.failure("make valid") }
        defer { GEOSMakeValidParams_destroy_r(context.handle, params) }
        GEOSMakeValidParams_setMethod_r(context.handle, params, GEOS_MAKE_VALID_STRUCTURE)
        GEOSMakeValidParams_setKeepCollapsed_r(context.handle, params, 0)
        let repaired = try Geometry.make(GEOSMakeValidWithParams_r(context.handle, pointer, params), "make valid", context)
        return try repaired.polygonalPart()
    }

    /// The polygons of this geometry (from any nesting of collections) as one polygonal geometry.
    public func polygonalPart() throws -> Geometry {
        switch typeID {
        case .polygon, .multiPolygon: return self
        default: return try .polygonal(polygons())
        }
    }

    /// Each polygon in this geometry, flattened out of multi-polygons and collections.
    public func polygons() throws -> [Geometry] {
        switch typeID {
        case .polygon: return [self]
        case .multiPolygon, .collection: return try (0..<geometryCount).flatMap { try part($0).polygons() }
        default: return []
        }
    }

    /// A copy of the n-th sub-geometry. Wraps `GEOSGetGeometryN_r`.
    public func part(_ index: Int) throws -> Geometry {
        let context = GEOSContext.current
        guard let part = GEOSGetGeometryN_r(context.handle, pointer, Int32(index)) else { throw context.failure("get part") }
        return try .make(GEOSGeom_clone_r(context.handle, part), "clone part", context)
    }
}
