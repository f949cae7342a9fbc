import Foundation
import SasaranGeo
import SasaranIO

/// A layer of regions (districts) ready for joins, ranking and point location: codes, names and
/// parents from named fields, geometries in WGS84 lon/lat (repaired where invalid), geodesic areas,
/// envelopes, an STRtree and a point locator.
///
/// ```swift
/// let layer = try RegionLayer.load("kabkota_2025.shp", options: LayerOptions(codeField: "KODE_KMD"))
/// layer.locate(lon: 106.8, lat: -6.6).map(\.code)   // ["32.01"]
/// ```
public final class RegionLayer: @unchecked Sendable {
    /// The file as read: format, CRS, encoding, fields, warnings.
    public let source: FeatureLayer
    /// Regions in file order (records with a null geometry are left out and reported).
    public let regions: [Region]
    /// What was found wrong in the file: codes and null shapes at loading; invalid geometries
    /// (checked on first use of the geometries) and overlaps (after ``findOverlaps()``).
    public var validation: ValidationReport {
        var report = codeReport
        report.repaired = zip(regions, geometries.repairReasons).compactMap { region, reason in
            reason.map {
                .init(code: region.code, record: region.record, reason: $0,
                      areaKm2Before: finite(geometries.areaAsReadKm2(region.index)), areaKm2After: finite(region.geodesicAreaKm2))
            }
        }
        lock.lock()
        report.overlaps = overlaps
        lock.unlock()
        return report
    }
    private let codeReport: ValidationReport
    /// Geometries were taken as valid without a check (`--trusted-geometry`).
    public let trustedGeometry: Bool
    private let geometries: LayerGeometries
    private var overlaps: [ValidationReport.Overlap]?
    /// The fields actually used.
    public let codeField: String
    public let nameField: String?
    private let lock = NSLock()
    private var cachedLocator: PointLocator?
    private var cachedTree: STRtree?

    /// Reads a boundary file and builds the layer.
    public static func load(_ path: String, options: LayerOptions = LayerOptions()) throws -> RegionLayer {
        try RegionLayer(try BoundaryReader.read(path: path, options: options.reading), options: options)
    }

    /// Stops work that needs longitude/latitude (areas, maps, GeoJSON, adjacency, locate) when
    /// the layer's CRS is unknown, with an error naming `--crs`. Counting, codes and lists go on.
    public func requireLonLat(for work: String) throws {
        guard !source.crs.known else { return }
        throw InputError(file: source.path, message: "\(work) needs longitude/latitude, but the coordinate reference system is unknown (\(source.crs.source)); give it with --crs (an EPSG code such as EPSG:32749, WKT or a PROJ string)")
    }

    /// Builds the layer from features already read.
    public init(_ layer: FeatureLayer, options: LayerOptions = LayerOptions()) throws {
        let codeIndex = try options.codeField.map(layer.fieldIndex) ?? Self.guessField(layer, Self.codeFieldNames)
        guard codeIndex != nil || options.recordNumbersAsCodes else {
            throw InputError(file: layer.path, message: "no code field given and none named code/kode/id; the fields are: \(layer.fields.map(\.name).joined(separator: ", ")) (use --code-field)")
        }
        let nameIndex = try options.nameField.map(layer.fieldIndex) ?? Self.guessField(layer, ["name", "nama", "nama_kab", "district"])
        let parentIndex: Int? = try {
            if case let .field(name) = options.parent { return try layer.fieldIndex(name) }
            return nil
        }()
        var report = ValidationReport()
        var candidates: [(feature: Feature, code: String)] = []
        for feature in layer.features {
            let code = codeIndex.map { feature.attributes[$0].text.trimmingCharacters(in: .whitespaces) } ?? "#\(feature.record)"
            guard let shape = feature.shape, !shape.isEmpty else {
                report.nullGeometryRecords.append(feature.record)
                continue
            }
            guard shape.isPolygonal else {
                throw InputError(file: layer.path, record: feature.record, field: "geometry",
                                 message: "\(shape.typeName) geometry; boundaries must be polygons (is this a point or line file?)")
            }
            if code.isEmpty { report.emptyCodeRecords.append(feature.record) }
            candidates.append((feature, code))
        }
        let fieldNames = layer.fields.map(\.name)
        let geometries = LayerGeometries(candidates.map(\.feature), repair: options.repairInvalid, lonLat: layer.crs.known)
        let regions = candidates.enumerated().map { position, candidate in
            Region(index: position, code: candidate.code,
                   name: nameIndex.map { candidate.feature.attributes[$0].text } ?? candidate.code,
                   parent: parentIndex.map { candidate.feature.attributes[$0].text } ?? options.parent.parent(ofCode: candidate.code),
                   record: candidate.feature.record,
                   attributes: Dictionary(zip(fieldNames, candidate.feature.attributes.map(\.text)), uniquingKeysWith: { a, _ in a }),
                   geometries: geometries)
        }
        var records: [String: [Int]] = [:]
        records.reserveCapacity(regions.count)
        for region in regions where !region.code.isEmpty { records[region.code, default: []].append(region.record) }
        report.duplicateCodes = records.filter { $0.value.count > 1 }
        self.source = layer
        self.regions = regions
        self.codeReport = report
        self.trustedGeometry = !options.repairInvalid
        self.geometries = geometries
        self.codeField = codeIndex.map { layer.fields[$0].name } ?? Self.recordNumberCodeField
        self.nameField = nameIndex.map { layer.fields[$0].name }
    }

    /// What a manifest says about how the layer was read, beyond its format, CRS and encoding:
    /// `trustedGeometry` when geometries were taken as valid without a check.
    public var manifestParameters: [String: String] {
        trustedGeometry ? ["trustedGeometry": "geometries taken as valid without a check (--trusted-geometry)"] : [:]
    }

    /// ``codeField`` of a layer whose codes are record numbers ("#12").
    public static let recordNumberCodeField = "(record number)"

    /// The names a code field is taken from when none is given (compared in lower case).
    static let codeFieldNames = ["code", "kode", "kode_kmd", "kode_kemendagri", "id"]

    /// The field the layer would take codes from when no code field is given, if any.
    public static func guessedCodeField(_ layer: FeatureLayer) -> String? {
        guessField(layer, codeFieldNames).map { layer.fields[$0].name }
    }

    /// A field whose lower-cased name is in `names` (in that order of preference).
    private static func guessField(_ layer: FeatureLayer, _ names: [String]) -> Int? {
        for name in names {
            if let index = layer.fields.firstIndex(where: { $0.name.lowercased() == name }) { return index }
        }
        return nil
    }

    /// The region with this code (the first, where codes repeat).
    public func region(code: String) -> Region? {
        regions.first { $0.code == code }
    }

    /// Sum of the regions' geodesic areas (overlaps counted twice, as each region owns its own);
    /// NaN where the CRS is unknown.
    public var totalAreaKm2: Double { regions.reduce(0) { $0 + $1.geodesicAreaKm2 } }

    /// The bounding box of all regions.
    public var envelope: Envelope { regions.reduce(.empty) { $0.union($1.envelope) } }

    /// The STRtree over region geometries, built on first use.
    public func tree() throws -> STRtree {
        try requireLonLat(for: "a spatial index (adjacency, overlaps)")
        return try cached(&cachedTree) { try STRtree(regions.map(\.geometry)) }
    }

    /// The point locator, built on first use from the file's own coordinates where the polygons are
    /// valid as read (or trusted), so that no GEOS geometry is kept for them.
    public func locator() throws -> PointLocator {
        try requireLonLat(for: "locating points")
        return try cached(&cachedLocator) { try geometries.locatorCoordinates() }
    }

    private func cached<T>(_ slot: inout T?, _ build: () throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        if let value = slot { return value }
        let value = try build()
        slot = value
        return value
    }

    /// Records the overlaps found by ``findOverlaps()``.
    func setOverlaps(_ overlaps: [ValidationReport.Overlap]) {
        lock.lock()
        self.overlaps = overlaps
        lock.unlock()
    }
}

/// The value, or nil when it is NaN or infinite: what an encoder can take.
func finite(_ value: Double) -> Double? { value.isFinite ? value : nil }
