import CGEOS

extension Geometry {
    /// The part of this geometry outside `other`. Wraps `GEOSDifference_r`.
    public func difference(_ other: Geometry) throws -> Geometry {
        let context = GEOSContext.current
        return try .make(GEOSDifference_r(context.handle, pointer, other.pointer), "difference", context)
    }
}
