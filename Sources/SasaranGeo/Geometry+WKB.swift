import CGEOS

extension Geometry {
    /// Parses well-known binary (either byte order, ISO or extended flavour).
    /// Wraps `GEOSGeomFromWKB_buf_r`.
    /// - Throws: ``GeoError/library(operation:message:)`` with GEOS's reason (a ring of fewer than
    ///   four points, a truncated buffer …).
    public convenience init(wkb: UnsafeRawBufferPointer) throws {
        let context = GEOSContext.current
        guard let base = wkb.baseAddress,
              let pointer = GEOSGeomFromWKB_buf_r(context.handle, base.assumingMemoryBound(to: UInt8.self), wkb.count) else {
            throw context.failure("read WKB")
        }
        self.init(owning: pointer)
    }

    /// Well-known binary, little-endian, two dimensions. Wraps `GEOSGeomToWKB_buf_r`.
    public func wkb() throws -> [UInt8] {
        let context = GEOSContext.current
        var size = 0
        guard let buffer = GEOSGeomToWKB_buf_r(context.handle, pointer, &size) else { throw context.failure("write WKB") }
        defer { GEOSFree_r(context.handle, buffer) }
        return Array(UnsafeBufferPointer(start: buffer, count: size))
    }
}
