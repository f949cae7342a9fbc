import Foundation
import TestSupport
@testable import Sasaran

/// Layers built for the spatial tests.
enum SpatialFixtures {
    /// A `side` × `side` grid of unit squares as GeoJSON, codes "r{row}c{col}" (zero-padded).
    static func gridLayer(side: Int) throws -> RegionLayer {
        var features: [String] = []
        for row in 0..<side {
            for column in 0..<side {
                let (x, y) = (Double(column), Double(row))
                features.append("""
                {"type":"Feature","properties":{"code":"\(code(row, column))"},"geometry":{"type":"Polygon","coordinates":[[[\(x),\(y)],[\(x + 1),\(y)],[\(x + 1),\(y + 1)],[\(x),\(y + 1)],[\(x),\(y)]]]}}
                """)
            }
        }
        let path = try SharedData.temporaryFolder().appendingPathComponent("grid.geojson").path
        try "{\"type\":\"FeatureCollection\",\"features\":[\(features.joined(separator: ",\n"))]}".write(toFile: path, atomically: true, encoding: .utf8)
        return try RegionLayer.load(path, options: LayerOptions(codeField: "code", parent: .none))
    }

    static func code(_ row: Int, _ column: Int) -> String {
        "r" + String(format: "%02d", row) + "c" + String(format: "%02d", column)
    }
}
