import Foundation
import SasaranGeo
@testable import SasaranIO
import Testing

/// Polygons left in the file's bytes (``FeatureShape``) must be the very polygons an eager read
/// builds: same GEOS geometry (WKB), same envelope, and coordinates that are the file's points.
@Suite("Deferred shapefile polygons")
struct DeferredShapeTests {
    @Test("every polygon of the real districts left in the file's bytes builds the geometry an eager read builds", SharedData.required)
    func realDistricts() throws {
        let path = try SharedData.path(SharedData.districtsShapefile)
        let deferred = try ShapefileReader.read(path: path)
        let eager = try ShapefileReader.read(path: path, crs: nil, deferPolygons: false)
        #expect(deferred.features.count == 514 && eager.features.count == 514)
        var kept = 0
        for (lazy, built) in zip(deferred.features, eager.features) {
            let shape = try #require(lazy.shape), reference = try #require(built.shape)
            #expect(reference.coordinates == nil)
            if let coordinates = shape.coordinates {
                kept += 1
                let rings = try reference.geometry().polygonRings().flatMap { $0 }
                #expect(rings.reduce(0) { $0 + $1.count / 2 } == coordinates.pointCount, "record \(lazy.record)")
                #expect(coordinates.x(0) == rings.first?.first, "record \(lazy.record)")
            }
            #expect(try shape.geometry().wkb() == reference.geometry().wkb(), "record \(lazy.record)")
            #expect(shape.envelope == reference.envelope, "record \(lazy.record)")
        }
        #expect(kept > 500, "nearly every district is read without a GEOS geometry (\(kept))")
    }

    @Test("a ring that needs a fix (open) or a projected file is built on reading, as before")
    func fixedRingsAreBuilt() throws {
        let base = try SmallLayer.write()
        let layer = try ShapefileReader.read(path: base + ".shp")
        #expect(layer.features.allSatisfy { $0.shape?.coordinates != nil }, "closed rings in lon/lat stay in the bytes")
        // The same three records read as web mercator metres: every shape needs a transform, so none is deferred.
        let utm = try SharedData.temporaryFolder().appendingPathComponent("utm").path
        try ShapefileWriter.write(path: utm + ".shp", fields: SmallLayer.fields, records: SmallLayer.records(), prj: nil)
        let projected = try ShapefileReader.read(path: utm + ".shp", crs: "EPSG:3857")
        #expect(projected.features.allSatisfy { $0.shape?.coordinates == nil })
        #expect(try projected.features[2].geometry?.typeID == .multiPolygon)
        #expect(try layer.features[2].geometry?.typeID == .multiPolygon)
        #expect(try layer.features[1].geometry?.polygonRings()[0].count == 2, "the hole is assembled when built")
    }
}
