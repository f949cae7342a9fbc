// The lead's `TestSupport.SharedData` locates ../shared/data (skip where absent, fail under CI);
// re-exported here so every SasaranIOTests file sees it, with the paths these tests use.
@_exported import TestSupport
import Foundation
import Testing

extension SharedData {
    /// The real 514-district shapefile.
    static let districtsShapefile = "idn/boundaries/shp/kabkota_2025.shp"
    /// The folder of shapefile sets written by other software, with its truth.json.
    static let wildFolder = "shapefiles-in-the-wild"
}

/// Test helpers for shapefiles built by hand.
enum ShapefileFixture {
    /// A temporary folder removed when the returned closure is called.
    static func folder() throws -> URL { try SharedData.temporaryFolder() }

    static func bytes(_ path: String) throws -> [UInt8] { Array(try Data(contentsOf: URL(fileURLWithPath: path))) }

    static func write(_ bytes: [UInt8], to path: String) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }
}
