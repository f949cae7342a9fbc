import Foundation
import SasaranGeo

/// Reads ESRI Shapefiles (.shp with its .shx, .dbf, .prj, .cpg) into a ``FeatureLayer`` with
/// geometries in WGS84 lon/lat.
///
/// Hand-written rather than built on a library: no well-kept Swift shapefile library exists, and
/// none reads a file's bytes straight into GEOS. The .shp is read whole (``FileBytes``), each
/// ring goes to GEOS in one `GEOSCoordSeq_copyFromBuffer_r` call, and every read is bounds-checked
/// so that a truncated or lying file gives an ``InputError`` naming the file and record.
///
/// What it accepts: Null, Point, MultiPoint and Polygon shapes with their Z and M variants (Z and
/// M are ignored). Ring winding is not trusted: holes are assigned to the shell that contains
/// them (``PolygonAssembly``). PolyLine and MultiPatch files are refused with the type named.
public enum ShapefileReader {
    /// Reads the shapefile at `path` (the .shp, or the path without extension).
    ///
    /// - A missing .shx is rebuilt by scanning the .shp (with a warning). A missing .dbf gives one
    ///   field, `FID`, numbering the records from 0 as GDAL does (with a warning).
    /// - Records deleted in the .dbf are skipped together with their shapes.
    /// - Text encoding: the .cpg, else the .dbf's LDID byte, else UTF-8 with Windows-1252 for
    ///   values that are not valid UTF-8 (with a warning).
    /// - CRS (``LayerCRS``): `crs` (the user's `--crs`), else the .prj through PROJ, transformed to
    ///   WGS84 when needed. Without a .prj (or with an empty one) WGS84 is assumed when the
    ///   coordinates can be degrees; otherwise, and when PROJ cannot use the .prj, the CRS is
    ///   unknown (a warning; coordinates are kept as read).
    /// - Throws: ``InputError`` naming the file, and the record where it applies.
    /// - Polygons in lon/lat whose rings need no fix stay in the file's bytes until a geometry is
    ///   asked for (``FeatureShape``); `deferPolygons: false` builds every GEOS geometry on reading.
    public static func read(path: String, crs override: String? = nil) throws -> FeatureLayer {
        try read(path: path, crs: override, deferPolygons: true)
    }

    static func read(path: String, crs override: String?, deferPolygons: Bool) throws -> FeatureLayer {
        let files = try ShapefileFiles.locate(path)
        let shp = try FileBytes(path: files.shp)
        let header = try ShpHeader.parse(shp)
        if header.shapeType.isPolyLine || header.shapeType == .multiPatch {
            let kind = header.shapeType.isPolyLine ? "line" : "multipatch"
            throw InputError(file: shp.path, message: "\(kind) shapefile (\(header.shapeType)): only Polygon, Point and MultiPoint shapefiles are read; boundaries must be polygons")
        }
        var warnings: [String] = []
        var sourceFiles = [shp.path]

        let index: [ShpRecordLocation]
        if let shxPath = files.shx {
            let shx = try FileBytes(path: shxPath)
            index = try ShpIndex.read(shx: shx, shp: shp, shpHeader: header)
            sourceFiles.append(shxPath)
        } else {
            index = try ShpIndex.scan(shp: shp, shpHeader: header)
            warnings.append("no .shx index next to \((shp.path as NSString).lastPathComponent): rebuilt it by scanning the .shp (\(index.count) records)")
        }

        var table: DBFTable?
        if let dbfPath = files.dbf {
            let dbf = try DBFTable(file: FileBytes(path: dbfPath, allowEmpty: false))
            guard dbf.recordCount == index.count else {
                throw InputError(file: dbfPath, message: "record count differs: \(dbfPath) has \(dbf.recordCount) records but \(shp.path) has \(index.count)")
            }
            table = dbf
            sourceFiles.append(dbfPath)
        } else {
            warnings.append("no .dbf next to \((shp.path as NSString).lastPathComponent): no attributes; the records are numbered from 0 in a field FID, as GDAL numbers them")
        }

        var cpgText: String?
        if let cpgPath = files.cpg {
            cpgText = try readSmallText(cpgPath)
            sourceFiles.append(cpgPath)
        }
        var (encoding, encodingWarning) = DBFEncoding.choose(cpg: cpgText, ldid: table?.ldid ?? 0)
        if let encodingWarning, table != nil { warnings.append(encodingWarning) }

        var prjText: String?
        if let prjPath = files.prj {
            prjText = try readSmallText(prjPath)
            sourceFiles.append(prjPath)
        }
        var crs = try LayerCRS.resolve(override: override, stated: override == nil ? prjText : nil, origin: ".prj", file: files.prj ?? shp.path)

        let batches = try RecordBatch.decodeAll(index: index, shp: shp, table: table, encoding: encoding,
                                                transform: crs.transform, system: crs.system, trackExtent: crs.needsExtent,
                                                deferPolygons: deferPolygons)
        var features: [Feature] = []
        features.reserveCapacity(index.count)
        var deleted = 0, emptyPoints = 0, fallbacks = 0
        var extent = Envelope.empty
        var oddities = DBFTable.Oddities()
        for batch in batches {
            features += batch.features
            deleted += batch.deleted
            emptyPoints += batch.emptyPoints
            fallbacks += batch.fallbacks
            extent = extent.union(batch.extent)
            for (name, oddity) in batch.oddities.byField {
                if let known = oddities.byField[name] {
                    oddities.byField[name] = (known.count + oddity.count, known.first, known.sample)
                } else {
                    oddities.byField[name] = oddity
                }
            }
        }
        encoding.fallbacks = fallbacks
        crs.settle(extent: extent)
        warnings += crs.warnings
        if deleted > 0 { warnings.append("\(deleted) record(s) marked deleted in the .dbf were skipped") }
        if encoding.fallbacks > 0 {
            warnings.append("\(encoding.fallbacks) value(s) were not valid \(encoding.name) and were read as Windows-1252")
        }
        for (name, oddity) in oddities.byField.sorted(by: { $0.key < $1.key }) {
            warnings.append("field \"\(name)\": \(oddity.count) value(s) could not be read and were taken as empty (first at record \(oddity.first): \"\(oddity.sample)\")")
        }
        if emptyPoints > 0 {
            warnings.append("\(emptyPoints) point(s) with NaN or no-data coordinates were read as empty")
        }
        return FeatureLayer(format: "ESRI Shapefile", path: path, sourceFiles: sourceFiles, crs: crs.info,
                            encoding: table == nil ? "none (no .dbf)" : "\(encoding.name) (\(encoding.origin))",
                            fields: table?.fields.map(\.field) ?? [RecordBatch.recordNumberField],
                            features: features, warnings: warnings)
    }
}
