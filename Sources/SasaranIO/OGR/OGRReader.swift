import CGDAL
import Foundation
import SasaranGeo

/// Reads any vector source GDAL's OGR drivers open (GeoPackage, FlatGeobuf, KML, GML, a zipped
/// shapefile, a PostGIS table …) into the same ``FeatureLayer`` the native readers produce:
/// attributes in field order, geometries in WGS84 lon/lat through WKB into GEOS (see
/// ``OGRGeometryConverter``), the CRS settled by ``LayerCRS``.
///
/// The native shapefile and GeoJSON readers stay the fast path (``BoundaryReader`` picks); this
/// is the path for every other format. Features are read in GDAL's order; `Feature.record` is the
/// 1-based position in the layer (for a shapefile, the native reader's record number).
public enum OGRReader {
    /// Reads one layer of `path` (a file, a `.zip`, or a `PG:` connection string).
    /// - Throws: ``InputError`` naming the source (never a password), the record and the field.
    public static func read(path: String, options: LayerReadOptions = LayerReadOptions()) throws -> FeatureLayer {
        let source = try OGRSource(path)
        try source.checkArchive(limit: Limits.maxShapefileBytes, what: "a zipped boundary layer")
        return try GDALMessages.capture { messages in
            let dataset = try OGRDataset.open(source, messages: messages)
            let layer = try dataset.layer(named: options.layer)
            let name = String(cString: OGR_L_GetName(layer))
            var crs = try LayerCRS.resolve(override: options.crs, stated: spatialReferenceText(layer), origin: "layer's spatial reference",
                                           file: source.displayName)
            let fields = try fieldDefinitions(layer, source: source)
            var converter = OGRGeometryConverter(transform: crs.transform)
            var features: [Feature] = []
            var repairCount = 0
            var firstRepairs: [String] = []
            OGR_L_ResetReading(layer)
            messages.resetErrors()
            while true {
                let record = features.count + 1
                guard let feature = OGR_L_GetNextFeature(layer) else {
                    if !messages.errors.isEmpty {
                        throw InputError(file: source.displayName, record: record,
                                         message: "reading stopped: \(OGRSource.redacted(messages.lastError(or: "GDAL reported an error")))")
                    }
                    break
                }
                defer { OGR_F_Destroy(feature) }
                if let error = messages.errors.last {
                    throw InputError(file: source.displayName, record: record, field: error.lowercased().contains("geometr") ? "geometry" : nil,
                                     message: OGRSource.redacted(error))
                }
                let attributes = fields.indices.map { value(feature, Int32($0), fields[$0]) }
                var geometry: Geometry?
                var repairs: [String] = []
                if let owned = OGR_F_StealGeometry(feature) {
                    do {
                        geometry = try converter.convert(owned, repairs: &repairs)
                    } catch let problem as OGRGeometryConverter.Problem {
                        throw InputError(file: source.displayName, record: record, field: "geometry", message: problem.message)
                    } catch let error as GeoError {
                        throw InputError(file: source.displayName, record: record, field: "geometry", message: error.description)
                    }
                }
                if !repairs.isEmpty {
                    repairCount += 1
                    if firstRepairs.count < 3 { firstRepairs.append("record \(record): " + repairs.joined(separator: ", ")) }
                }
                features.append(Feature(record: record, attributes: attributes, geometry: geometry, repairs: repairs))
            }
            crs.settle(extent: features.reduce(Envelope.empty) { $0.union($1.shape?.envelope ?? .empty) })
            var warnings = crs.warnings
            if converter.emptyPoints > 0 {
                warnings.append("\(converter.emptyPoints) point(s) with NaN or no-data coordinates were read as empty")
            }
            if repairCount > 0 {
                warnings.append("\(repairCount) ring repair(s): \(firstRepairs.joined(separator: "; "))\(repairCount > 3 ? "; …" : "")")
            }
            warnings += messages.warningLines
            return FeatureLayer(format: "\(dataset.driverLongName) (GDAL \(dataset.driverName) driver)",
                                path: source.displayName, sourceFiles: source.isDatabase ? [] : [path], crs: crs.info,
                                encoding: encoding(layer, driver: dataset.driverName), fields: fields.map(\.field), features: features,
                                warnings: (dataset.layerNames.count > 1 ? ["layer \"\(name)\" of \(dataset.layerNames.count)"] : []) + warnings)
        }
    }

    /// The layer's spatial reference as WKT2, or nil when it has none.
    static func spatialReferenceText(_ layer: OGRLayerH) -> String? {
        guard let reference = OGR_L_GetSpatialRef(layer) else { return nil }
        var text: UnsafeMutablePointer<CChar>?
        let status = GDALLibrary.withCStringList(["FORMAT=WKT2_2019"]) { OSRExportToWktEx(reference, &text, $0) }
        let wkt = GDALLibrary.takeString(text)
        return status == OGRERR_NONE ? wkt : ""
    }

    /// The encoding GDAL recoded attribute text from (its shapefile driver says it), else UTF-8.
    private static func encoding(_ layer: OGRLayerH, driver: String) -> String {
        if driver == "ESRI Shapefile", let source = GDALGetMetadataItem(layer, "SOURCE_ENCODING", "SHAPEFILE"), source.pointee != 0 {
            return "\(String(cString: source)) (recoded to UTF-8 by GDAL)"
        }
        return "UTF-8 (GDAL)"
    }

    /// A field as GDAL defines it, with its type as the user sees it ("String(80)", "Real(24,15)").
    struct FieldDefinition {
        var field: Field
        var type: OGRFieldType
        var isBoolean: Bool
    }

    static func fieldDefinitions(_ layer: OGRLayerH, source: OGRSource, limit: Int = Limits.maxLayerFields) throws -> [FieldDefinition] {
        let definition = OGR_L_GetLayerDefn(layer)
        let count = Int(OGR_FD_GetFieldCount(definition))
        guard count <= limit else {
            throw InputError(file: source.displayName, message: "\(count) fields, more than the limit of \(limit) (see docs/limits.md)")
        }
        return (0..<count).map { index in
            let field = OGR_FD_GetFieldDefn(definition, Int32(index))
            let name = String(cString: OGR_Fld_GetNameRef(field))
            let type = OGR_Fld_GetType(field)
            let width = OGR_Fld_GetWidth(field), precision = OGR_Fld_GetPrecision(field)
            var typeName = String(cString: OGR_GetFieldTypeName(type))
            let isBoolean = OGR_Fld_GetSubType(field) == OFSTBoolean
            if isBoolean {
                typeName = "Boolean"
            } else if width > 0 {
                typeName += type == OFTReal && precision > 0 ? "(\(width),\(precision))" : "(\(width))"
            }
            return FieldDefinition(field: Field(name: name, type: typeName), type: type, isBoolean: isBoolean)
        }
    }

    /// A field's value: numbers as numbers, dates as ISO 8601 text, null or unset as null.
    static func value(_ feature: OGRFeatureH, _ index: Int32, _ definition: FieldDefinition) -> FieldValue {
        guard OGR_F_IsFieldSetAndNotNull(feature, index) != 0 else { return .null }
        switch definition.type {
        case OFTInteger where definition.isBoolean: return .bool(OGR_F_GetFieldAsInteger(feature, index) != 0)
        case OFTInteger, OFTInteger64: return .number(Double(OGR_F_GetFieldAsInteger64(feature, index)))
        case OFTReal:
            let number = OGR_F_GetFieldAsDouble(feature, index)
            return number.isFinite ? .number(number) : .null
        case OFTDate, OFTDateTime:
            var year: Int32 = 0, month: Int32 = 0, day: Int32 = 0, hour: Int32 = 0, minute: Int32 = 0, zone: Int32 = 0
            var second: Float = 0
            guard OGR_F_GetFieldAsDateTimeEx(feature, index, &year, &month, &day, &hour, &minute, &second, &zone) != 0 else {
                return .string(String(cString: OGR_F_GetFieldAsString(feature, index)))
            }
            let date = String(format: "%04d-%02d-%02d", year, month, day)
            guard definition.type == OFTDateTime else { return .date(date) }
            return .date(date + String(format: "T%02d:%02d:%02d", hour, minute, Int(second)))
        default:
            return .string(String(cString: OGR_F_GetFieldAsString(feature, index)))
        }
    }
}
