import CGDAL
import Foundation
import SasaranGeo

/// Writes features (attributes and a WGS84 lon/lat geometry each) through GDAL, never leaving a
/// destination half written:
///
/// - a GeoPackage file (`.gpkg`): written to a temporary file beside it, renamed over it at the
///   end (the guarantee of ``OutputTransaction``);
/// - a PostGIS table (`PG:…` with `table`): created afresh in one transaction that replaces the
///   old table, so readers see the old table or the whole new one; a failure rolls it back.
///
/// Geometries go from GEOS to GDAL as WKB; polygonal layers are written as MultiPolygon.
public enum OGRWriter {
    /// An attribute column and its type.
    public struct Column: Sendable, Equatable {
        public enum Kind: Sendable, Equatable { case text, integer, real }
        public var name: String
        public var kind: Kind

        public init(name: String, kind: Kind) { self.name = name; self.kind = kind }
    }

    /// One feature to write: values aligned with the columns (`.null` for none), and a geometry.
    public struct Record {
        public var values: [FieldValue]
        public var geometry: Geometry?

        public init(values: [FieldValue], geometry: Geometry?) { self.values = values; self.geometry = geometry }
    }

    /// Writes `records` to `destination` (a `.gpkg` path, or a `PG:` connection string), as the
    /// layer or table `table`.
    /// - Throws: ``InputError`` naming the destination (without its password), the record and
    ///   the column, with GDAL's message.
    public static func write(to destination: String, table: String, columns: [Column], records: [Record]) throws {
        try GDALMessages.capture { messages in
            if OGRSource.isConnectionString(destination) {
                try writeDatabase(destination, table: table, columns: columns, records: records, messages: messages)
            } else {
                try writeGeoPackage(destination, table: table, columns: columns, records: records, messages: messages)
            }
        }
    }

    /// Replaces the PostGIS table `table` at `connection` (a `PG:` string) with `records`, in one
    /// transaction: readers see the old table or the whole new one.
    /// - Throws: ``InputError`` naming the connection (without its password), the record and the column.
    public static func replaceTable(_ table: String, at connection: String, columns: [Column], records: [Record]) throws {
        guard OGRSource.isConnectionString(connection) else {
            throw InputError(file: connection, message: "a database table is written to a PG: connection")
        }
        try GDALMessages.capture { messages in
            try writeDatabase(connection, table: table, columns: columns, records: records, messages: messages)
        }
    }

    private static func writeGeoPackage(_ path: String, table: String, columns: [Column], records: [Record], messages: GDALMessages) throws {
        let url = URL(fileURLWithPath: path)
        guard url.pathExtension.lowercased() == "gpkg" else {
            throw InputError(file: path, message: "GDAL output is written as a GeoPackage: name the file .gpkg (or give a PG: connection)")
        }
        let folder = url.deletingLastPathComponent().path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw InputError(file: path, message: "cannot write: the folder \(folder) does not exist")
        }
        let temporary = folder + "/." + url.lastPathComponent + ".\(getpid()).tmp.gpkg"
        try? FileManager.default.removeItem(atPath: temporary)
        defer { try? FileManager.default.removeItem(atPath: temporary) }
        try createGeoPackage(at: temporary, name: path, table: table, columns: columns, records: records, messages: messages)
        guard rename(temporary, path) == 0 else {
            throw InputError(file: path, message: "cannot replace the file: \(String(cString: strerror(errno)))")
        }
    }

    /// The timestamp GDAL writes into a GeoPackage's `gpkg_contents.last_change` (through its
    /// `OGR_CURRENT_DATE` option), fixed so that the same records give the same bytes.
    public static let fixedGeoPackageDate = "2000-01-01T00:00:00.000Z"

    /// The bytes of a GeoPackage holding `records` as the layer `table`, built in GDAL's memory
    /// file system (for a writer that stages its outputs itself, such as ``OutputTransaction``).
    /// Deterministic: the same records give the same bytes (``fixedGeoPackageDate``).
    /// - Throws: ``InputError`` naming `name`, the record and the column, with GDAL's message.
    public static func geoPackageBytes(name: String, table: String, columns: [Column], records: [Record]) throws -> [UInt8] {
        let path = "/vsimem/sasaran-\(UUID().uuidString).gpkg"
        defer { VSIUnlink(path) }
        try GDALMessages.capture { messages in
            CPLSetThreadLocalConfigOption("OGR_CURRENT_DATE", fixedGeoPackageDate)
            defer { CPLSetThreadLocalConfigOption("OGR_CURRENT_DATE", nil) }
            try createGeoPackage(at: path, name: name, table: table, columns: columns, records: records, messages: messages)
        }
        var length: vsi_l_offset = 0
        guard let buffer = VSIGetMemFileBuffer(path, &length, 0) else {
            throw InputError(file: name, message: "GDAL kept no GeoPackage in memory")
        }
        return Array(UnsafeBufferPointer(start: buffer, count: Int(length)))
    }

    /// Creates a GeoPackage at `path` (a file or a `/vsimem/` name) and fills it in one transaction.
    private static func createGeoPackage(at path: String, name: String, table: String, columns: [Column], records: [Record],
                                         messages: GDALMessages) throws {
        guard let driver = GDALGetDriverByName("GPKG"),
              let dataset = GDALCreate(driver, path, 0, 0, 0, GDT_Unknown, nil) else {
            throw InputError(file: name, message: "cannot create a GeoPackage: \(messages.lastError(or: "GDAL's GPKG driver is missing"))")
        }
        do {
            try inTransaction(dataset, name: name, messages: messages) {
                try fill(dataset, name: name, table: table, columns: columns, records: records, layerOptions: [], messages: messages)
            }
        } catch {
            GDALClose(dataset)
            throw error
        }
        GDALClose(dataset)
    }

    private static func writeDatabase(_ connection: String, table: String, columns: [Column], records: [Record], messages: GDALMessages) throws {
        let source = try OGRSource(connection)
        let dataset = try OGRDataset.open(source, drivers: ["PostgreSQL"], update: true, messages: messages)
        try inTransaction(dataset.handle, name: source.displayName, messages: messages) {
            try fill(dataset.handle, name: source.displayName, table: table, columns: columns, records: records,
                     layerOptions: ["OVERWRITE=YES", "GEOMETRY_NAME=geom", "FID=fid"], messages: messages)
        }
    }

    /// Runs `body` in one transaction of `dataset`: committed when it returns, rolled back when it throws.
    private static func inTransaction(_ dataset: GDALDatasetH, name: String, messages: GDALMessages, _ body: () throws -> Void) throws {
        guard GDALDatasetStartTransaction(dataset, 0) == OGRERR_NONE else {
            throw InputError(file: name, message: "cannot start a transaction: \(OGRSource.redacted(messages.lastError(or: "")))")
        }
        do {
            try body()
        } catch {
            _ = GDALDatasetRollbackTransaction(dataset)
            throw error
        }
        guard GDALDatasetCommitTransaction(dataset) == OGRERR_NONE else {
            throw InputError(file: name, message: "the transaction did not commit: \(OGRSource.redacted(messages.lastError(or: "")))")
        }
    }

    /// Creates the layer and writes every record into it.
    private static func fill(_ dataset: GDALDatasetH, name: String, table: String, columns: [Column], records: [Record],
                             layerOptions: [String], messages: GDALMessages) throws {
        func fail(_ message: String, record: Int? = nil, field: String? = nil) -> InputError {
            InputError(file: name, record: record, field: field, message: OGRSource.redacted(message))
        }
        let geometries = records.compactMap(\.geometry)
        let polygonal = !geometries.isEmpty && geometries.allSatisfy { $0.typeID == .polygon || $0.typeID == .multiPolygon }
        let reference = OSRNewSpatialReference(nil)
        defer { OSRDestroySpatialReference(reference) }
        OSRImportFromEPSG(reference, 4326)
        OSRSetAxisMappingStrategy(reference, OAMS_TRADITIONAL_GIS_ORDER)
        let layer = GDALLibrary.withCStringList(layerOptions) { options in
            GDALDatasetCreateLayer(dataset, table, reference, polygonal ? wkbMultiPolygon : wkbUnknown,
                                   UnsafeMutablePointer(mutating: UnsafeRawPointer(options)?.assumingMemoryBound(to: UnsafeMutablePointer<CChar>?.self)))
        }
        guard let layer else { throw fail("cannot create the layer \"\(table)\": \(messages.lastError(or: "GDAL gave no reason"))") }
        for column in columns {
            let type: OGRFieldType = column.kind == .text ? OFTString : column.kind == .integer ? OFTInteger64 : OFTReal
            let definition = OGR_Fld_Create(column.name, type)
            defer { OGR_Fld_Destroy(definition) }
            guard OGR_L_CreateField(layer, definition, 1) == OGRERR_NONE else {
                throw fail("cannot create the column: \(messages.lastError(or: ""))", field: column.name)
            }
        }
        let definition = OGR_L_GetLayerDefn(layer)
        for (index, record) in records.enumerated() {
            guard let feature = OGR_F_Create(definition) else { throw fail("cannot create a feature", record: index + 1) }
            defer { OGR_F_Destroy(feature) }
            for (position, value) in record.values.prefix(columns.count).enumerated() {
                let field = Int32(position)
                switch value {
                case .null: OGR_F_SetFieldNull(feature, field)
                case let .number(number):
                    guard number.isFinite else { OGR_F_SetFieldNull(feature, field); continue }
                    if columns[position].kind == .integer { OGR_F_SetFieldInteger64(feature, field, Int64(number)) } else { OGR_F_SetFieldDouble(feature, field, number) }
                case let .bool(flag): OGR_F_SetFieldInteger64(feature, field, flag ? 1 : 0)
                case let .string(text), let .date(text): OGR_F_SetFieldString(feature, field, text)
                }
            }
            if let geometry = record.geometry {
                var bytes = try geometry.wkb()
                var created: OGRGeometryH?
                let status = bytes.withUnsafeMutableBufferPointer { OGR_G_CreateFromWkb($0.baseAddress, reference, &created, Int32($0.count)) }
                guard status == OGRERR_NONE, var converted = created else {
                    throw fail("GDAL cannot read the geometry's WKB", record: index + 1, field: "geometry")
                }
                if polygonal { converted = OGR_G_ForceToMultiPolygon(converted) }
                OGR_F_SetGeometryDirectly(feature, converted)
            }
            guard OGR_L_CreateFeature(layer, feature) == OGRERR_NONE else {
                throw fail("cannot write: \(messages.lastError(or: "GDAL gave no reason"))", record: index + 1)
            }
        }
        guard OGR_L_SyncToDisk(layer) == OGRERR_NONE, messages.errors.isEmpty else {
            throw fail("cannot write: \(messages.lastError(or: "GDAL gave no reason"))")
        }
    }
}
