import CGEOS

extension Geometry {
    /// The boundary: a polygon's rings as lines. Wraps `GEOSBoundary_r`.
    public func boundary() throws -> Geometry {
        let context = GEOSContext.current
        return try .make(GEOSBoundary_r(context.handle, pointer), "boundary", context)
    }

    /// Planar length in the geometry's units: the length of lines, the perimeter of polygons,
    /// 0 for points (summed over the parts of a collection). Wraps `GEOSLength_r`.
    public func planarLength() throws -> Double {
        let context = GEOSContext.current
        var length = 0.0
        guard GEOSLength_r(context.handle, pointer, &length) == 1 else { throw context.failure("length") }
        return length
    }
}
