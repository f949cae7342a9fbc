import CGEOS

/// A geometry prepared for many repeated predicates against it (GEOS builds an index of its
/// edges on first use). Wraps `GEOSPrepare_r`.
///
/// GEOS 3.11 builds that index lazily and not thread-safely: keep one prepared geometry per
/// thread.
public final class PreparedGeometry: @unchecked Sendable {
    /// The geometry it was prepared from, kept alive as long as the prepared one.
    public let geometry: Geometry
    let pointer: OpaquePointer

    public init(_ geometry: Geometry) throws {
        let context = GEOSContext.current
        guard let prepared = GEOSPrepare_r(context.handle, geometry.pointer) else { throw context.failure("prepare") }
        self.geometry = geometry
        self.pointer = prepared
    }

    deinit { GEOSPreparedGeom_destroy_r(GEOSContext.current.handle, pointer) }

    /// True when `other` lies inside (not only on the boundary). Wraps `GEOSPreparedContains_r`.
    public func contains(_ other: Geometry) throws -> Bool {
        try Geometry.predicate("prepared contains") { GEOSPreparedContains_r($0, pointer, other.pointer) }
    }

    /// True when the two share a point. Wraps `GEOSPreparedIntersects_r`.
    public func intersects(_ other: Geometry) throws -> Bool {
        try Geometry.predicate("prepared intersects") { GEOSPreparedIntersects_r($0, pointer, other.pointer) }
    }
}
