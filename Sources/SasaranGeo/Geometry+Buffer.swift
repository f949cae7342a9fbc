import CGEOS

extension Geometry {
    /// The geometry grown by `distance` (shrunk for a negative distance) in its own units, with
    /// round joins and caps approximated by `quadrantSegments` segments per quarter circle.
    /// A point buffered gives a disc; buffering out then in by the same distance closes narrow
    /// gaps between parts. Wraps `GEOSBuffer_r`.
    public func buffered(by distance: Double, quadrantSegments: Int = 8) throws -> Geometry {
        let context = GEOSContext.current
        return try .make(GEOSBuffer_r(context.handle, pointer, distance, Int32(quadrantSegments)), "buffer", context)
    }
}
