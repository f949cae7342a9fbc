import CGEOS

/// Constructive operations (as shapely's constructive functions): new geometries built from one,
/// its boundary, a buffer, a clip, a simplification, a grid snap, a point inside it.
extension Geometry {
    /// The boundary: a polygon's rings as lines. Wraps `GEOSBoundary_r`.
    public func boundary() throws -> Geometry {
        let context = GEOSContext.current
        return try .make(GEOSBoundary_r(context.handle, pointer), "boundary", context)
    }

    /// The geometry grown by `distance` (shrunk for a negative distance) in its own units, with
    /// round joins and caps approximated by `quadrantSegments` segments per quarter circle.
    /// A point buffered gives a disc; buffering out then in by the same distance closes narrow
    /// gaps between parts. Wraps `GEOSBuffer_r`.
    public func buffered(by distance: Double, quadrantSegments: Int = 8) throws -> Geometry {
        let context = GEOSContext.current
        return try .make(GEOSBuffer_r(context.handle, pointer, distance, Int32(quadrantSegments)), "buffer", context)
    }

    /// The part of the geometry inside the box, fast (may be invalid along the box's edges, which
    /// is fine for measuring and buffering near the inside). Wraps `GEOSClipByRect_r`.
    public func clipped(to box: Envelope) throws -> Geometry {
        let context = GEOSContext.current
        return try .make(GEOSClipByRect_r(context.handle, pointer, box.minX, box.minY, box.maxX, box.maxY), "clip by rectangle", context)
    }

    /// A simplified copy that keeps the topology (no self-intersections, holes stay inside).
    /// Wraps `GEOSTopologyPreserveSimplify_r`.
    public func simplified(tolerance: Double) throws -> Geometry {
        let context = GEOSContext.current
        return try .make(GEOSTopologyPreserveSimplify_r(context.handle, pointer, tolerance), "simplify", context)
    }

    /// A copy with every coordinate rounded to a grid of `gridSize` units, kept valid (parts
    /// that collapse below the grid are dropped); a grid size of 0 keeps full precision and only
    /// makes the geometry valid. Rounding pieces cut from the same lines onto one grid brings
    /// their shared vertices together.
    /// Wraps `GEOSGeom_setPrecision_r` (mode `GEOS_PREC_VALID_OUTPUT`).
    public func snapped(toGrid gridSize: Double) throws -> Geometry {
        let context = GEOSContext.current
        return try .make(GEOSGeom_setPrecision_r(context.handle, pointer, gridSize, Int32(GEOS_PREC_VALID_OUTPUT.rawValue)),
                         "set precision", context)
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
