import SasaranGeo
import SasaranIO

/// What `sasaran inspect` reports about a boundary file, as one Codable value
/// (the keys of `inspect --json`).
public struct LayerSummary: Codable, Sendable {
    public struct FieldSummary: Codable, Sendable {
        public var name: String
        public var type: String
    }

    public var path: String
    public var format: String
    public var encoding: String
    public var crs: CRSInfo
    /// [minLon, minLat, maxLon, maxLat].
    public var bbox: [Double]
    public var fields: [FieldSummary]
    public var regions: Int
    public var codeField: String
    public var nameField: String?
    /// Total geodesic area in km² (WGS84 ellipsoid); nil where the CRS is unknown.
    public var areaKm2: Double?
    /// How many invalid geometries were found and repaired.
    public var invalidRepaired: Int
    public var repairs: [ValidationReport.Repair]
    /// How many pairs of regions overlap; nil where the CRS is unknown (overlaps are measured
    /// on the ellipsoid).
    public var overlaps: Int?
    public var overlapPairs: [ValidationReport.Overlap]
    public var overlapAreaKm2: Double?
    public var duplicateCodes: [String: [Int]]
    public var emptyCodeRecords: [Int]
    public var nullGeometryRecords: [Int]
    public var warnings: [String]

    /// Summarises a layer, finding overlaps if that has not been done yet (and the CRS is known).
    public init(_ layer: RegionLayer) throws {
        let report = layer.validation
        let lonLat = layer.source.crs.known
        let overlaps = lonLat ? try report.overlaps ?? layer.findOverlaps() : []
        let box = layer.envelope
        path = layer.source.path
        format = layer.source.format
        encoding = layer.source.encoding
        crs = layer.source.crs
        bbox = box.isEmpty ? [] : [box.minX, box.minY, box.maxX, box.maxY]
        fields = layer.source.fields.map { FieldSummary(name: $0.name, type: $0.type) }
        regions = layer.regions.count
        codeField = layer.codeField
        nameField = layer.nameField
        areaKm2 = finite(layer.totalAreaKm2)
        invalidRepaired = report.repaired.count
        repairs = report.repaired
        self.overlaps = lonLat ? overlaps.count : nil
        overlapPairs = overlaps
        overlapAreaKm2 = lonLat ? overlaps.reduce(0) { $0 + $1.areaKm2 } : nil
        duplicateCodes = report.duplicateCodes
        emptyCodeRecords = report.emptyCodeRecords
        nullGeometryRecords = report.nullGeometryRecords
        warnings = layer.source.warnings + (lonLat ? [] : ["areas and overlaps are not measured: they need longitude/latitude and the coordinate reference system is unknown; give it with --crs"])
    }
}
