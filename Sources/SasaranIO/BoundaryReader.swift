import Foundation

/// What a reader is told beyond the path: which layer of a source with several, and the CRS
/// when the file states none or a wrong one.
public struct LayerReadOptions: Sendable, Equatable {
    /// The layer of a GeoPackage, database or other multi-layer source (`--layer`).
    public var layer: String?
    /// The coordinate reference system (`--crs`: an EPSG code, WKT or a PROJ string); replaces
    /// what the file states.
    public var crs: String?

    public init(layer: String? = nil, crs: String? = nil) { self.layer = layer; self.crs = crs }
}

/// Opens a boundary (or point) file by its format, chosen from the name: the native readers for
/// shapefiles and GeoJSON (the fast path), GDAL/OGR for everything else.
///
/// | name | reader |
/// |---|---|
/// | `.shp`, or a path whose `.shp` exists | ``ShapefileReader`` (native) |
/// | `.geojson`, `.json` | ``GeoJSONReader`` |
/// | `PG:…`, `.zip`, `.gpkg`, `.fgb`, `.kml`, `.gml`, any other file or folder | ``OGRReader`` |
public enum BoundaryReader {
    /// Which reader takes a path.
    public enum Path: String, Sendable {
        case shapefile = "native shapefile reader"
        case geoJSON = "native GeoJSON reader"
        case ogr = "GDAL/OGR"
    }

    /// The reader `path` goes to (with `layer`, a shapefile or GeoJSON file still goes to its
    /// native reader: those hold one layer).
    public static func path(for path: String) -> Path {
        if OGRSource.isConnectionString(path) { return .ogr }
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "shp": return .shapefile
        case "geojson", "json": return .geoJSON
        case "": return FileManager.default.fileExists(atPath: path + ".shp") ? .shapefile : .ogr
        default: return .ogr
        }
    }

    /// Reads the layer at `path` with the reader ``path(for:)`` names.
    /// Whatever the reader, a ring crossing the antimeridian is refused (``AntimeridianCheck``).
    public static func read(path: String, options: LayerReadOptions = LayerReadOptions()) throws -> FeatureLayer {
        let layer: FeatureLayer
        switch Self.path(for: path) {
        case .shapefile:
            layer = try ShapefileReader.read(path: URL(fileURLWithPath: path).pathExtension.isEmpty ? path + ".shp" : path, crs: options.crs)
        case .geoJSON:
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            if size > Limits.geoJSONNativeBytes {
                guard size <= Limits.maxGeoJSONBytes else {
                    throw Limits.tooLarge(path, size: size, limit: Limits.maxGeoJSONBytes, what: "a GeoJSON file")
                }
                layer = try OGRReader.read(path: path, options: options)
            } else {
                layer = try GeoJSONReader.read(path: path, crs: options.crs)
            }
        case .ogr: layer = try OGRReader.read(path: path, options: options)
        }
        try AntimeridianCheck.check(layer)
        return layer
    }
}

/// The whole file, or an error naming it (missing, unreadable, a folder, empty, or over `limit`
/// bytes, described as `what`).
func readWholeFile(_ path: String, limit: Int, what: String, advice: String = "") throws -> Data {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
        throw InputError(file: path, message: "no such file")
    }
    guard !isFolder.boolValue else { throw InputError(file: path, message: "is a folder, not a file") }
    if let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue, size > limit {
        throw Limits.tooLarge(path, size: size, limit: limit, what: what, advice: advice)
    }
    let data: Data
    do {
        data = try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
        throw InputError(file: path, message: "cannot read: \(error.localizedDescription)")
    }
    guard !data.isEmpty else { throw InputError(file: path, message: "the file is empty") }
    return data
}
