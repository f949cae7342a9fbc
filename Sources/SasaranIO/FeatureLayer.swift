import SasaranGeo

/// A file of features as read from disk: attributes, geometry in WGS84 lon/lat, and what was
/// learnt about the file on the way (format, CRS, encoding, warnings).
public struct FeatureLayer {
    /// "ESRI Shapefile", "GeoJSON", or GDAL's driver name ("GeoPackage (GDAL)").
    public var format: String
    /// The path the user gave.
    public var path: String
    /// The files read (for a shapefile .shp, .shx, .dbf, .prj, .cpg that exist), for manifests;
    /// none for a database.
    public var sourceFiles: [String]
    /// The source coordinate reference system as read ("WGS 84", "WGS 84 / UTM zone 49S").
    public var crs: CRSInfo
    /// The text encoding of attribute values ("UTF-8", "windows-1252"), and where it came from.
    public var encoding: String
    /// The attribute fields in file order.
    public var fields: [Field]
    /// The features in file order (deleted DBF records are skipped).
    public var features: [Feature]
    /// Things the user should know that did not stop the read (rebuilt .shx, assumed encoding …).
    public var warnings: [String]

    public init(format: String, path: String, sourceFiles: [String], crs: CRSInfo, encoding: String,
                fields: [Field], features: [Feature], warnings: [String]) {
        self.format = format; self.path = path; self.sourceFiles = sourceFiles; self.crs = crs
        self.encoding = encoding; self.fields = fields; self.features = features; self.warnings = warnings
    }

    /// The position of a field by name (exact, then case-insensitive), or an error listing the fields.
    /// Two fields that answer to the name, or a memo field (whose values are block numbers of a
    /// .dbt file, not text), are errors naming the field rather than a silent first match.
    public func fieldIndex(_ name: String) throws -> Int {
        var matches = fields.indices.filter { fields[$0].name == name }
        if matches.isEmpty { matches = fields.indices.filter { fields[$0].name.lowercased() == name.lowercased() } }
        if matches.count > 1 {
            throw InputError(file: path, field: name, message: "\(matches.count) fields answer to this name (fields \(matches.map { String($0 + 1) }.joined(separator: ", ")): \(matches.map { fields[$0].name }.joined(separator: ", "))); which one is meant is not clear: rename one in the file (ogr2ogr, QGIS or a DBF editor)")
        }
        if let only = matches.first {
            if fields[only].type.hasPrefix("M(") {
                throw InputError(file: path, field: fields[only].name, message: "a memo field (type M): its values are block numbers of a .dbt file, not text; choose a character (C) or numeric (N) field")
            }
            return only
        }
        throw InputError(file: path, message: "no field \"\(name)\"; the fields are: \(fields.map(\.name).joined(separator: ", "))")
    }
}

/// What a layer said about its coordinate reference system.
public struct CRSInfo: Sendable, Codable, Equatable {
    /// PROJ's name of the source system.
    public var name: String
    /// "EPSG:4326" where known.
    public var code: String?
    /// True when coordinates were transformed to WGS84 lon/lat on reading.
    public var transformed: Bool
    /// Where the CRS came from (".prj", "GeoJSON (RFC 7946 default)", "assumed", "--crs"), or
    /// why it is unknown ("no .prj", ".prj PROJ cannot use").
    public var source: String
    /// False when nobody stated the system or PROJ cannot use it: coordinates are as read, not
    /// lon/lat, and work that needs lon/lat must stop (see `RegionLayer.requireLonLat(for:)`).
    public var known: Bool

    public init(name: String, code: String?, transformed: Bool, source: String, known: Bool = true) {
        self.name = name; self.code = code; self.transformed = transformed; self.source = source; self.known = known
    }
}

/// An attribute field.
public struct Field: Sendable, Codable, Equatable {
    /// The field name as stored.
    public var name: String
    /// Its type as the format states it ("C(50)", "N(10,0)", "string", "number").
    public var type: String

    public init(name: String, type: String) { self.name = name; self.type = type }
}

/// One feature: its record number in the file, attributes aligned with the layer's fields,
/// and its shape (nil for a null shape).
public struct Feature {
    /// 1-based record number in the source file, for error messages.
    public var record: Int
    public var attributes: [FieldValue]
    /// The geometry as built, or to be built from the file's bytes (see ``FeatureShape``).
    public var shape: FeatureShape?
    /// Fixes the reader had to make to the geometry's rings (see ``RingRepair``).
    public var repairs: [String]

    public init(record: Int, attributes: [FieldValue], geometry: Geometry?, repairs: [String] = []) {
        self.init(record: record, attributes: attributes, shape: geometry.map(FeatureShape.init(built:)), repairs: repairs)
    }

    public init(record: Int, attributes: [FieldValue], shape: FeatureShape?, repairs: [String] = []) {
        self.record = record; self.attributes = attributes; self.shape = shape; self.repairs = repairs
    }

    /// The geometry (nil for a null shape), built from the file's bytes where it was deferred.
    public var geometry: Geometry? {
        get throws { try shape?.geometry() }
    }
}

/// An attribute value.
public enum FieldValue: Sendable, Equatable {
    case string(String)
    case number(Double)
    case bool(Bool)
    /// A date as ISO 8601 text ("2025-01-31").
    case date(String)
    case null

    /// The value as text for codes and names: numbers without a trailing ".0", null as "".
    public var text: String {
        switch self {
        case let .string(value), let .date(value): return value
        case let .number(value):
            return value.rounded() == value && abs(value) < 1e15 ? String(Int64(value)) : String(value)
        case let .bool(value): return value ? "true" : "false"
        case .null: return ""
        }
    }
}
