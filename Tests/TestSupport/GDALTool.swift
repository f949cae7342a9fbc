import Foundation

/// GDAL's command-line tools (gdal-bin), for making test inputs and for GDAL's own answers.
public enum GDALTool {
    /// Runs a tool and returns its standard output.
    public static func run(_ tool: String, _ arguments: [String]) throws -> String {
        try ToolRun.output(tool, arguments)
    }

    /// GDAL+PROJ's own geodesic area of a layer in km²: its SQLite dialect transforms to WGS84
    /// with PROJ and measures on the ellipsoid (SpatiaLite's `ST_Area(geometry, 1)`).
    public static func geodesicAreaKm2(_ path: String, layer: String) throws -> Double {
        let output = try run("ogrinfo", ["-q", "-ro", "-dialect", "SQLite", "-sql",
                                         "SELECT SUM(ST_Area(ST_Transform(geometry, 4326), 1)) AS a FROM \"\(layer)\"", path])
        guard let line = output.split(separator: "\n").first(where: { $0.contains("a (Real) =") }),
              let value = Double(line.split(separator: "=").last!.trimmingCharacters(in: .whitespaces)) else {
            throw ToolRun.Failed(description: "\(path): no area in ogrinfo's output: \(output)")
        }
        return value / 1e6
    }

    /// The real districts (`idn/boundaries/shp/kabkota_2025.shp`) as a GeoPackage (layer
    /// `kabkota`, made by ogr2ogr) and as a zipped shapefile, in `folder`.
    public static func realDistrictCopies(in folder: URL) throws -> (geoPackage: String, zip: String) {
        let shp = try SharedData.path("idn/boundaries/shp/kabkota_2025.shp")
        let gpkg = folder.appendingPathComponent("kabkota.gpkg").path
        _ = try run("ogr2ogr", ["-f", "GPKG", "-nlt", "PROMOTE_TO_MULTI", gpkg, shp, "-nln", "kabkota"])
        let zipped = folder.appendingPathComponent("kabkota.zip").path
        let directory = URL(fileURLWithPath: shp).deletingLastPathComponent().path
        let members = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasPrefix("kabkota_2025.") }
        _ = try ToolRun.output("zip", ["-q", "-j", zipped] + members.map { directory + "/" + $0 })
        return (gpkg, zipped)
    }
}
