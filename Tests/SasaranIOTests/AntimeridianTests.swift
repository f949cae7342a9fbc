import Foundation
import SasaranIO
import Testing
import TestSupport

/// A ring across the antimeridian is refused whatever the format, naming the record; polygons
/// split at ±180 read as they are.
@Suite("Rings across the antimeridian")
struct AntimeridianTests {
    static let crossing = """
    {"type": "FeatureCollection", "features": [
     {"type": "Feature", "properties": {"code": "01"}, "geometry": {"type": "Polygon", "coordinates": [[[10, 0], [11, 0], [11, 1], [10, 1], [10, 0]]]}},
     {"type": "Feature", "properties": {"code": "02"}, "geometry": {"type": "Polygon", "coordinates": [[[179.5, -17], [-179.5, -17], [-179.5, -16], [179.5, -16], [179.5, -17]]]}}]}
    """
    static let split = """
    {"type": "FeatureCollection", "features": [
     {"type": "Feature", "properties": {"code": "02"}, "geometry": {"type": "MultiPolygon", "coordinates": [
       [[[179.5, -17], [180, -17], [180, -16], [179.5, -16], [179.5, -17]]],
       [[[-180, -17], [-179.5, -17], [-179.5, -16], [-180, -16], [-180, -17]]]]}}]}
    """

    @Test("GeoJSON, shapefile and GeoPackage: record 2 named, the way to split it said", arguments: ["geojson", "shp", "gpkg"])
    func refused(format: String) throws {
        let folder = try SharedData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("cross.geojson").path
        try Self.crossing.write(toFile: source, atomically: true, encoding: .utf8)
        var path = source
        if format != "geojson" {
            path = folder.appendingPathComponent("cross.\(format)").path
            _ = try GDALTool.run("ogr2ogr", [path, source])
        }
        #expect {
            try BoundaryReader.read(path: path)
        } throws: { error in
            let text = "\(error)"
            return text.contains("record 2") && text.contains("crosses the antimeridian") && text.contains("-wrapdateline")
        }
    }

    @Test("a polygon split at ±180 is read as it is, in two parts")
    func splitIsRead() throws {
        let folder = try SharedData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("split.geojson").path
        try Self.split.write(toFile: path, atomically: true, encoding: .utf8)
        let layer = try BoundaryReader.read(path: path)
        #expect(layer.features.count == 1)
        let envelope = try #require(layer.features[0].shape).envelope
        #expect(envelope.minX == -180 && envelope.maxX == 180)
        #expect(try layer.features[0].geometry!.polygonRings().count == 2)
    }
}
