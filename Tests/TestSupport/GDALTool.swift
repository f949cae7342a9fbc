import Foundation

/// Runs a GDAL command-line tool (gdal-bin) and returns its standard output.
public enum GDALTool {
    struct Failed: Error, CustomStringConvertible { var description: String }

    public static func run(_ tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failed(description: "\(tool) exited with \(process.terminationStatus): \(String(decoding: stderr, as: UTF8.self))")
        }
        return String(decoding: stdout, as: UTF8.self)
    }

    /// GDAL+PROJ's own geodesic area of a layer in km²: its SQLite dialect transforms to WGS84
    /// with PROJ and measures on the ellipsoid (SpatiaLite's `ST_Area(geometry, 1)`).
    public static func geodesicAreaKm2(_ path: String, layer: String) throws -> Double {
        let output = try run("ogrinfo", ["-q", "-ro", "-dialect", "SQLite", "-sql",
                                         "SELECT SUM(ST_Area(ST_Transform(geometry, 4326), 1)) AS a FROM \"\(layer)\"", path])
        guard let line = output.split(separator: "\n").first(where: { $0.contains("a (Real) =") }),
              let value = Double(line.split(separator: "=").last!.trimmingCharacters(in: .whitespaces)) else {
            throw Failed(description: "\(path): no area in ogrinfo's output: \(output)")
        }
        return value / 1e6
    }
}

