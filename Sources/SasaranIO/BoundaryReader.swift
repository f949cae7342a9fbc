import Foundation

/// Opens a boundary file by its format, chosen from the file name.
public enum BoundaryReader {
    /// Reads a shapefile (`.shp`, or the path without extension) or GeoJSON (`.geojson`, `.json`).
    public static func read(path: String) throws -> FeatureLayer {
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "shp": return try ShapefileReader.read(path: path)
        case "geojson", "json": return try GeoJSONReader.read(path: path)
        case "":
            if FileManager.default.fileExists(atPath: path + ".shp") { return try ShapefileReader.read(path: path + ".shp") }
            throw InputError(file: path, message: "cannot tell the format: give a .shp, .geojson or .json file")
        case let other:
            throw InputError(file: path, message: "unsupported format \".\(other)\": give a .shp, .geojson or .json file")
        }
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
