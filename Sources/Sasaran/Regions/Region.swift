import SasaranGeo

/// One district (or any area) of a layer: its identity, its geometry in WGS84 lon/lat, and
/// measures computed once on loading.
public struct Region: @unchecked Sendable {
    /// Position in the layer, in file order.
    public var index: Int
    /// The code that joins it to indicator tables ("32.01").
    public var code: String
    public var name: String
    /// The code of the region it belongs to (a province), or "" where none is known.
    public var parent: String
    /// The 1-based record in the source file.
    public var record: Int
    /// The feature's attributes, by field name, as text.
    public var attributes: [String: String]
    /// The layer's geometries, checked, repaired and measured together on first use.
    let geometries: LayerGeometries

    /// The geometry, repaired when the file's was invalid.
    public var geometry: Geometry { geometries.checked(at: index).geometry }

    /// Area on the WGS84 ellipsoid (NaN if GEOS could not give the rings).
    public var geodesicAreaKm2: Double { geometries.areas[index] }

    /// The bounding box of ``geometry``.
    public var envelope: Envelope { geometries.envelope(at: index) }
}
