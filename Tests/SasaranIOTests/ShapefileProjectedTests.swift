import Foundation
import SasaranGeo
@testable import SasaranIO
import Testing

/// A UTM 49S (EPSG:32749) copy of the real districts, written here, reads back in WGS84.
@Suite("Shapefile reader on a projected copy", SharedData.required)
struct ShapefileProjectedTests {
    /// ESRI's .prj text for WGS 84 / UTM zone 49S, as ArcGIS writes it.
    static let utm49SWKT = #"PROJCS["WGS_1984_UTM_Zone_49S",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",10000000.0],PARAMETER["Central_Meridian",111.0],PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]"#

    /// Transforms every ring of every polygon with `transform`.
    static func project(_ polygons: [PolygonRings], _ transform: CoordinateTransform) throws -> [PolygonRings] {
        try polygons.map { rings in
            try rings.map { ring in
                var xy = ring
                try xy.withUnsafeMutableBufferPointer { try transform.transform($0) }
                return xy
            }
        }
    }

    @Test("coordinates come back within 1e-6° of the lon/lat original, areas within 0.1%, CRS named")
    func utm49S() throws {
        let original = try ShapefileReader.read(path: SharedData.path(SharedData.districtsShapefile))
        let toUTM = try CoordinateTransform(from: .wgs84(), to: CoordinateSystem("EPSG:32749"))
        let fields = original.fields.map { ShapefileWriter.FieldSpec(name: $0.name, kind: .character(length: 60)) }
        let records = try original.features.map { feature in
            try ShapefileWriter.Record(polygons: Self.project(feature.geometry?.polygonRings() ?? [], toUTM), values: feature.attributes)
        }
        let base = try SharedData.temporaryFolder().appendingPathComponent("kabkota_utm49s").path
        try ShapefileWriter.write(path: base, fields: fields, records: records, prj: Self.utm49SWKT)

        let projected = try ShapefileReader.read(path: base + ".shp")
        #expect(projected.features.count == 514)
        #expect(projected.crs.transformed)
        #expect(projected.crs.name.contains("UTM") && projected.crs.name.contains("49S"), "\(projected.crs.name)")
        #expect(projected.crs.code == "EPSG:32749", "\(String(describing: projected.crs.code))")
        #expect(projected.features.map(\.attributes) == original.features.map(\.attributes))

        var worst = 0.0
        var areaOriginal = 0.0, areaProjected = 0.0
        for (before, after) in zip(original.features, projected.features) {
            let a = try #require(try before.geometry), b = try #require(try after.geometry)
            areaOriginal += try a.geodesicAreaKm2()
            areaProjected += try b.geodesicAreaKm2()
            let ringsA = try a.polygonRings(), ringsB = try b.polygonRings()
            try #require(ringsA.map(\.count) == ringsB.map(\.count), "record \(before.record): same polygons and holes")
            for (polygonA, polygonB) in zip(ringsA, ringsB) {
                for (ringA, ringB) in zip(polygonA, polygonB) {
                    try #require(ringA.count == ringB.count, "record \(before.record): same vertices")
                    // The writer may have turned a ring round to the ESRI winding.
                    let direct = zip(ringA, ringB).map { abs($0 - $1) }.max() ?? 0
                    let reversed = zip(ringA, ringB.reversed2D()).map { abs($0 - $1) }.max() ?? 0
                    worst = max(worst, min(direct, reversed))
                }
            }
        }
        #expect(worst < 1e-6, "largest coordinate difference \(worst)°")
        #expect(abs(areaProjected - areaOriginal) / areaOriginal < 0.001, "\(areaProjected) vs \(areaOriginal) km²")
    }
}
