import CGEOS

extension Geometry {
    /// The part of the geometry inside the box, fast (may be invalid along the box's edges, which
    /// is fine for measuring and buffering near the inside). Wraps `GEOSClipByRect_r`.
    public func clipped(to box: Envelope) throws -> Geometry {
        let context = GEOSContext.current
        return try .make(GEOSClipByRect_r(context.handle, pointer, box.minX, box.minY, box.maxX, box.maxY), "clip by rectangle", context)
    }
}
