import Foundation
import Testing
import SasaranGeo
import TestSupport
@testable import Sasaran
@testable import SasaranIO

/// The point locator built straight from the shapefile's bytes (no GEOS geometry kept) against
/// GEOS prepared contains, with and without `--trusted-geometry`, and repair of invalid polygons
/// that the reader left in the file's bytes.
@Suite("Region layer from the file's own coordinates", SharedData.required)
struct DeferredGeometryRealDataTests {
    static func randomPoints(in box: Envelope, count: Int, seed: UInt64) -> [Double] {
        var random = SplitMix64(seed: seed)
        return (0..<count).flatMap { _ in
            [box.minX + random.unit() * (box.maxX - box.minX), box.minY + random.unit() * (box.maxY - box.minY)]
        }
    }

    static func assigned(_ layer: RegionLayer, _ xy: [Double]) throws -> [[Int]] {
        let assignment = try xy.withUnsafeBufferPointer { try layer.assign($0) }
        return (0..<(xy.count / 2)).map { point in
            assignment.multiple[point] ?? (assignment.first[point] >= 0 ? [Int(assignment.first[point])] : [])
        }
    }

    @Test("the shapefile's locator, checked or trusted, agrees with GEOS prepared contains on 50,000 random points")
    func locatorFromFileBytes() throws {
        let path = try SharedData.path("idn/boundaries/shp/kabkota_2025.shp")
        let checked = try RegionLayer.load(path, options: LayerOptions(codeField: "KODE_KMD"))
        let trusted = try RegionLayer.load(path, options: LayerOptions(codeField: "KODE_KMD", repairInvalid: false))
        #expect(trusted.trustedGeometry && !checked.trustedGeometry)
        #expect(trusted.manifestParameters["trustedGeometry"] != nil && checked.manifestParameters.isEmpty)
        let xy = Self.randomPoints(in: checked.envelope, count: 50_000, seed: 16)
        let fromChecked = try Self.assigned(checked, xy)
        let fromTrusted = try Self.assigned(trusted, xy)
        let tree = try checked.tree()
        let prepared = try checked.regions.map { try PreparedGeometry($0.geometry) }
        let repaired = Set(checked.validation.repaired.map(\.code))
        var inside = 0
        for point in 0..<(xy.count / 2) {
            let geometryPoint = try Geometry.point(x: xy[2 * point], y: xy[2 * point + 1])
            let expected = try tree.query(geometryPoint).filter { try prepared[$0].contains(geometryPoint) }
            #expect(fromChecked[point] == expected, "point \(point) at \(xy[2 * point]), \(xy[2 * point + 1])")
            if expected.allSatisfy({ !repaired.contains(checked.regions[$0].code) }) && fromTrusted[point].allSatisfy({ !repaired.contains(trusted.regions[$0].code) }) {
                #expect(fromTrusted[point] == expected, "trusted, point \(point)")
            }
            if !expected.isEmpty { inside += 1 }
        }
        #expect(inside > 5_000)
    }

    @Test("invalid polygons left in a shapefile's bytes are found and repaired as on an eager read")
    func unrepairedShapefile() throws {
        let source = try GeoJSONReader.read(path: try SharedData.path("idn/boundaries/kabkota_2025_unrepaired.geojson"))
        let folder = try SharedData.temporaryFolder()
        let shp = folder.appendingPathComponent("unrepaired.shp").path
        let code = try source.fieldIndex("kode_kemendagri")
        let records = try source.features.map { feature in
            ShapefileWriter.Record(polygons: try feature.geometry?.polygonRings() ?? [], values: [feature.attributes[code]])
        }
        try ShapefileWriter.write(path: shp, fields: [.init(name: "KODE", kind: .character(length: 20))], records: records,
                                  prj: #"GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]"#)
        // The reference: the same file read with every GEOS geometry built on reading, as before.
        let eager = try RegionLayer(try ShapefileReader.read(path: shp, crs: nil, deferPolygons: false), options: LayerOptions(codeField: "KODE"))
        let fromShapefile = try RegionLayer.load(shp, options: LayerOptions(codeField: "KODE"))
        #expect(fromShapefile.source.features.filter { $0.shape?.coordinates != nil }.count > 400)
        let eagerRepairs = eager.validation.repaired.map { "\($0.code): \($0.reason)" }
        let shapefileRepairs = fromShapefile.validation.repaired.map { "\($0.code): \($0.reason)" }
        #expect(eagerRepairs.count >= 5, "the shapefile keeps self-intersecting rings invalid (\(eagerRepairs.count))")
        #expect(shapefileRepairs == eagerRepairs)
        for (a, b) in zip(eager.regions, fromShapefile.regions) {
            #expect(a.geodesicAreaKm2 == b.geodesicAreaKm2, "\(a.code)")
        }
        let xy = Self.randomPoints(in: eager.envelope, count: 20_000, seed: 7)
        #expect(try Self.assigned(fromShapefile, xy) == Self.assigned(eager, xy))
    }
}
