import SasaranGeo

/// A feature's geometry: built by the reader, or — for a polygon read straight from a file's
/// bytes — built from those bytes each time it is asked for, so that a layer whose work never
/// needs GEOS (locating points, counting, lists) never builds 168 million GEOS coordinates.
/// Whoever keeps a built geometry (``FeatureShape/geometry()`` builds a new one on each call for a
/// deferred shape) decides how long it lives.
public final class FeatureShape: @unchecked Sendable {
    private let built: Geometry?
    private let build: (() throws -> Geometry)?
    /// The polygon's own coordinates as the file holds them (closed rings, lon/lat as stored),
    /// where the shape was deferred; nil for a built shape.
    public let coordinates: PolygonCoordinates?
    /// The bounding box.
    public let envelope: Envelope
    /// True for a polygon or multipolygon.
    public let isPolygonal: Bool
    /// True for a geometry with no point.
    public let isEmpty: Bool
    /// The geometry type's name ("Polygon", "Point"), for messages about shapes that are not
    /// polygons; a deferred shape says "Polygon" whether it builds as one or as a MultiPolygon.
    public let typeName: String

    /// A geometry the reader built.
    public init(built geometry: Geometry) {
        built = geometry
        build = nil
        coordinates = nil
        envelope = geometry.envelope
        isPolygonal = geometry.typeID == .polygon || geometry.typeID == .multiPolygon
        isEmpty = geometry.isEmpty
        typeName = geometry.typeName
    }

    /// A polygon built from `coordinates` by `build` when asked for.
    public init(deferred coordinates: PolygonCoordinates, build: @escaping () throws -> Geometry) {
        built = nil
        self.build = build
        self.coordinates = coordinates
        envelope = coordinates.envelope
        isPolygonal = true
        isEmpty = coordinates.pointCount == 0
        typeName = "Polygon"
    }

    /// The geometry: the reader's, or a new one built from the file's bytes.
    /// - Throws: what GEOS says, as an ``InputError`` naming the file and record.
    public func geometry() throws -> Geometry {
        if let built { return built }
        return try build!()
    }
}
