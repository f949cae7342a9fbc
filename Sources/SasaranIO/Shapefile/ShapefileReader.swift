import Foundation
import SasaranGeo

/// Reads ESRI Shapefiles (.shp with its .shx, .dbf, .prj, .cpg) into a ``FeatureLayer`` with
/// geometries in WGS84 lon/lat.
///
/// Hand-written rather than built on a library: no well-kept Swift shapefile library exists, and
/// none reads from a memory-mapped file straight into GEOS. The .shp is mapped read-only, each
/// ring goes to GEOS in one `GEOSCoordSeq_copyFromBuffer_r` call, and every read is bounds-checked
/// so that a truncated or lying file gives an ``InputError`` naming the file and record.
///
/// What it accepts: Null, Point, MultiPoint and Polygon shapes with their Z and M variants (Z and
/// M are ignored). Ring winding is not trusted: holes are assigned to the shell that contains
/// them (``PolygonAssembly``). PolyLine and MultiPatch files are refused with the type named.
public enum ShapefileReader {
    /// Reads the shapefile at `path` (the .shp, or the path without extension).
    ///
    /// - A missing .shx is rebuilt by scanning the .shp (with a warning); a missing .dbf is an error.
    /// - Records deleted in the .dbf are skipped together with their shapes.
    /// - Text encoding: the .cpg, else the .dbf's LDID byte, else UTF-8 with Windows-1252 for
    ///   values that are not valid UTF-8 (with a warning).
    /// - CRS: the .prj through PROJ, transformed to WGS84 when needed; without a .prj WGS84 is
    ///   assumed (with a warning) unless coordinates fall outside ±180/±90.
    /// - Throws: ``InputError`` naming the file, and the record where it applies.
    public static func read(path: String) throws -> FeatureLayer {
        let files = try ShapefileFiles.locate(path)
        let shp = try MappedFile(path: files.shp)
        let header = try ShpHeader.parse(shp)
        if header.shapeType.isPolyLine || header.shapeType == .multiPatch {
            let kind = header.shapeType.isPolyLine ? "line" : "multipatch"
            throw InputError(file: shp.path, message: "\(kind) shapefile (\(header.shapeType)): only Polygon, Point and MultiPoint shapefiles are read; boundaries must be polygons")
        }
        var warnings: [String] = []
        var sourceFiles = [shp.path]

        let index: [ShpRecordLocation]
        if let shxPath = files.shx {
            let shx = try MappedFile(path: shxPath)
            index = try ShpIndex.read(shx: shx, shp: shp, shpHeader: header)
            sourceFiles.append(shxPath)
        } else {
            index = try ShpIndex.scan(shp: shp, shpHeader: header)
            warnings.append("no .shx index next to \((shp.path as NSString).lastPathComponent): rebuilt it by scanning the .shp (\(index.count) records)")
        }

        guard let dbfPath = files.dbf else {
            throw InputError(file: files.base + ".dbf", message: "file not found: a shapefile needs its .dbf attribute table")
        }
        let table = try DBFTable(file: MappedFile(path: dbfPath, allowEmpty: false))
        sourceFiles.append(dbfPath)
        guard table.recordCount == index.count else {
            throw InputError(file: dbfPath, message: "record count differs: \(dbfPath) has \(table.recordCount) records but \(shp.path) has \(index.count)")
        }

        var cpgText: String?
        if let cpgPath = files.cpg {
            cpgText = try readSmallText(cpgPath)
            sourceFiles.append(cpgPath)
        }
        var (encoding, encodingWarning) = DBFEncoding.choose(cpg: cpgText, ldid: table.ldid)
        if let encodingWarning { warnings.append(encodingWarning) }

        let crs: CRSInfo
        var transform: CoordinateTransform?
        var crsSystem: CoordinateSystem?
        if let prjPath = files.prj {
            let text = try readSmallText(prjPath)
            sourceFiles.append(prjPath)
            do {
                let system = try CoordinateSystem(text)
                crsSystem = system
                transform = try system.transformToWGS84()
                crs = CRSInfo(name: system.name, code: system.authorityCode, transformed: transform != nil, source: ".prj")
            } catch let GeoError.unknownCRS(_, message) {
                throw InputError(file: prjPath, message: "cannot read the coordinate reference system: \(message.isEmpty ? "PROJ could not parse it" : message)")
            } catch {
                throw InputError(file: prjPath, message: "cannot read the coordinate reference system: \(error)")
            }
        } else {
            crs = CRSInfo(name: "WGS 84", code: "EPSG:4326", transformed: false, source: "assumed")
        }

        let batches = try RecordBatch.decodeAll(index: index, shp: shp, table: table, encoding: encoding,
                                                transform: transform, system: crsSystem, trackExtent: files.prj == nil)
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

        if files.prj == nil {
            let box = extent
            if !box.isEmpty, box.minX < -180 || box.maxX > 180 || box.minY < -90 || box.maxY > 90 {
                throw InputError(file: files.base + ".prj", message: "file not found, and the coordinates (x \(box.minX)…\(box.maxX), y \(box.minY)…\(box.maxY)) are not longitude/latitude: the coordinate reference system is unknown; add the .prj")
            }
            warnings.append("no .prj: assumed WGS84 longitude/latitude")
        }
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
        return FeatureLayer(format: "ESRI Shapefile", path: path, sourceFiles: sourceFiles, crs: crs,
                            encoding: "\(encoding.name) (\(encoding.origin))", fields: table.fields.map(\.field),
                            features: features, warnings: warnings)
    }
}
