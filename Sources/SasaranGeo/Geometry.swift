import CGEOS

/// An owned GEOS geometry: destroyed when the last reference goes.
///
/// Geometries are immutable once built; operations return new geometries. A geometry may be read
/// from any thread (each thread uses its own ``GEOSContext``), but GEOS computes some caches lazily,
/// so call ``prepareForSharing()`` before reading it from several threads at once.
public final class Geometry: @unchecked Sendable {
    /// The raw GEOS pointer, valid while this object lives.
    public let pointer: OpaquePointer
    /// False once a GEOS constructor has taken the pointer over (see `Geometry+Build.swift`).
    var ownsPointer = true

    /// Takes ownership of a GEOS geometry pointer.
    public init(owning pointer: OpaquePointer) {
        self.pointer = pointer
    }

    deinit {
        if ownsPointer { GEOSGeom_destroy_r(GEOSContext.current.handle, pointer) }
    }

    /// Wraps a pointer returned by a GEOS constructor, turning NULL into the library's error.
    static func make(_ pointer: OpaquePointer?, _ operation: String, _ context: GEOSContext) throws -> Geometry {
        guard let pointer else { throw context.failure(operation) }
        return Geometry(owning: pointer)
    }

    /// The GEOS type name ("Polygon", "MultiPolygon", …). Wraps `GEOSGeomType_r`.
    public var typeName: String {
        let context = GEOSContext.current
        guard let name = GEOSGeomType_r(context.handle, pointer) else { return "Unknown" }
        defer { GEOSFree_r(context.handle, name) }
        return String(cString: name)
    }

    /// The geometry's type id. Wraps `GEOSGeomTypeId_r`.
    public var typeID: GeometryType {
        GeometryType(rawValue: GEOSGeomTypeId_r(GEOSContext.current.handle, pointer)) ?? .unknown
    }

    /// True for an empty geometry. Wraps `GEOSisEmpty_r`.
    public var isEmpty: Bool { GEOSisEmpty_r(GEOSContext.current.handle, pointer) == 1 }

    /// Number of sub-geometries (1 for a single polygon). Wraps `GEOSGetNumGeometries_r`.
    public var geometryCount: Int { Int(GEOSGetNumGeometries_r(GEOSContext.current.handle, pointer)) }

    /// A copy of the geometry. Wraps `GEOSGeom_clone_r`.
    public func clone() throws -> Geometry {
        let context = GEOSContext.current
        return try .make(GEOSGeom_clone_r(context.handle, pointer), "clone", context)
    }

    /// Well-known text, for messages and tests. Wraps `GEOSGeomToWKT_r`.
    public var wkt: String {
        let context = GEOSContext.current
        guard let text = GEOSGeomToWKT_r(context.handle, pointer) else { return "" }
        defer { GEOSFree_r(context.handle, text) }
        return String(cString: text)
    }

    /// Parses well-known text. Wraps `GEOSGeomFromWKT_r`.
    public convenience init(wkt: String) throws {
        let context = GEOSContext.current
        guard let pointer = GEOSGeomFromWKT_r(context.handle, wkt) else { throw context.failure("read WKT") }
        self.init(owning: pointer)
    }

    /// Forces GEOS's lazily computed envelope so that concurrent readers do not race to fill it.
    public func prepareForSharing() {
        _ = envelope
    }
}

/// GEOS geometry type ids (`GEOSGeomTypes`).
public enum GeometryType: Int32, Sendable {
    case point = 0, lineString, linearRing, polygon, multiPoint, multiLineString, multiPolygon, collection
    case unknown = -1
}
