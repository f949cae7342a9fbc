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
    /// What was found wrong on loading.
    public private(set) var validation: ValidationReport
    /// The fields actually used.
    public let codeField: String
    public let nameField: String?
    private let lock = NSLock()
    private var cachedLocator: PointLocator?
    private var cachedTree: STRtree?

    /// Reads a boundary file and builds the layer.
    public static func load(_ path: String, options: LayerOptions = LayerOptions()) throws -> RegionLayer {
        try RegionLayer(try BoundaryReader.read(path: path), options: options)
    }

    /// Builds the layer from features already read.
    public init(_ layer: FeatureLayer, options: LayerOptions = LayerOptions()) throws {
        let codeIndex = try options.codeField.map(layer.fieldIndex) ?? Self.guessField(layer, ["code", "kode", "kode_kmd", "kode_kemendagri", "id"])
        guard let codeIndex else {
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
            let code = feature.attributes[codeIndex].text.trimmingCharacters(in: .whitespaces)
            guard let geometry = feature.geometry, !geometry.isEmpty else {
                report.nullGeometryRecords.append(feature.record)
                continue
            }
            guard geometry.typeID == .polygon || geometry.typeID == .multiPolygon else {
                throw InputError(file: layer.path, record: feature.record, field: "geometry",
                                 message: "\(geometry.typeName) geometry; boundaries must be polygons (is this a point or line file?)")
            }
            if code.isEmpty { report.emptyCodeRecords.append(feature.record) }
            candidates.append((feature, code))
        }
        let fieldNames = layer.fields.map(\.name)
        let checked = try Self.checkGeometries(candidates.map(\.feature), repair: options.repairInvalid)
        let areas = GeodesicAreas(checked.map(\.geometry))
        var regions: [Region] = []
        regions.reserveCapacity(candidates.count)
        for (position, candidate) in candidates.enumerated() {
            let measured = checked[position]
            if let reason = measured.invalidReason {
                report.repaired.append(.init(code: candidate.code, record: candidate.feature.record, reason: reason,
                                             areaKm2Before: try candidate.feature.geometry!.geodesicAreaKm2(),
                                             areaKm2After: areas[position]))
            }
            let attributes = Dictionary(zip(fieldNames, candidate.feature.attributes.map(\.text)), uniquingKeysWith: { a, _ in a })
            let parent = parentIndex.map { candidate.feature.attributes[$0].text } ?? options.parent.parent(ofCode: candidate.code)
            regions.append(Region(index: position, code: candidate.code,
                                  name: nameIndex.map { candidate.feature.attributes[$0].text } ?? candidate.code,
                                  parent: parent, record: candidate.feature.record, geometry: measured.geometry,
                                  areas: areas, envelope: measured.geometry.envelope, attributes: attributes))
        }
        let records = Dictionary(grouping: regions.filter { !$0.code.isEmpty }, by: \.code)
        report.duplicateCodes = records.filter { $0.value.count > 1 }.mapValues { $0.map(\.record) }
        self.source = layer
        self.regions = regions
        self.validation = report
        self.codeField = layer.fields[codeIndex].name
        self.nameField = nameIndex.map { layer.fields[$0].name }
    }

    /// A field whose lower-cased name is in `names` (in that order of preference).
    private static func guessField(_ layer: FeatureLayer, _ names: [String]) -> Int? {
        for name in names {
            if let index = layer.fields.firstIndex(where: { $0.name.lowercased() == name }) { return index }
        }
        return nil
    }

    private struct Checked {
        var geometry: Geometry
        var invalidReason: String?
    }

    /// Validity check and repair of every feature's geometry, spread over the cores (each thread
    /// uses its own GEOS context; each geometry is touched by one thread). Ring fixes made by the
    /// reader count as repairs too.
    private static func checkGeometries(_ features: [Feature], repair: Bool) throws -> [Checked] {
        try concurrentMap(features.count) { index in
            var geometry = features[index].geometry!
            var reasons = features[index].repairs
            if repair, try !geometry.isValid() {
                reasons.append(try geometry.validityReason())
                geometry = try geometry.madeValid()
            }
            geometry.prepareForSharing()
            return Checked(geometry: geometry, invalidReason: reasons.isEmpty ? nil : reasons.joined(separator: "; "))
        }
    }

    /// The region with this code (the first, where codes repeat).
    public func region(code: String) -> Region? {
        regions.first { $0.code == code }
    }

    /// Sum of the regions' geodesic areas (overlaps counted twice, as each region owns its own).
    public var totalAreaKm2: Double { regions.reduce(0) { $0 + $1.geodesicAreaKm2 } }

    /// The bounding box of all regions.
    public var envelope: Envelope { regions.reduce(.empty) { $0.union($1.envelope) } }

    /// The STRtree over region geometries, built on first use.
    public func tree() throws -> STRtree {
        try cached(&cachedTree) { try STRtree(regions.map(\.geometry)) }
    }

    /// The point locator, built on first use.
    public func locator() throws -> PointLocator {
        try cached(&cachedLocator) { try PointLocator(regions.map(\.geometry)) }
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
        validation.overlaps = overlaps
    }
}
