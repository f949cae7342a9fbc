import CGEOS

extension Geometry {
    /// The geometry as a GeoJSON geometry object, written by GEOS (`GEOSGeoJSONWriter_*`), with
    /// RFC 7946 ring orientation (shells counter-clockwise, holes clockwise): `GEOSNormalize_r`
    /// orients shells clockwise and holes counter-clockwise, and `GEOSReverse_r` turns both.
    /// Coordinates are written in full precision.
    public func geoJSON() throws -> String {
        let context = GEOSContext.current
        let normalized = try clone()
        guard GEOSNormalize_r(context.handle, normalized.pointer) == 0 else { throw context.failure("normalize") }
        let oriented = try Geometry.make(GEOSReverse_r(context.handle, normalized.pointer), "reverse", context)
        guard let writer = GEOSGeoJSONWriter_create_r(context.handle) else { throw context.failure("GeoJSON writer") }
        defer { GEOSGeoJSONWriter_destroy_r(context.handle, writer) }
        guard let text = GEOSGeoJSONWriter_writeGeometry_r(context.handle, writer, oriented.pointer, -1) else {
            throw context.failure("write GeoJSON")
        }
        defer { GEOSFree_r(context.handle, text) }
        return String(cString: text)
    }
}
