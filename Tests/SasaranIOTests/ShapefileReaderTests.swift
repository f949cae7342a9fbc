import Foundation
import SasaranGeo
@testable import SasaranIO
import Testing

@Suite("Shapefile reader on the real districts", SharedData.required)
struct ShapefileReaderTests {
    @Test("reads the 514 districts of kabkota_2025.shp with their fields, WGS84 and UTF-8 from the .cpg")
    func realDistricts() throws {
        let layer = try ShapefileReader.read(path: SharedData.path(SharedData.districtsShapefile))
        #expect(layer.format == "ESRI Shapefile")
        #expect(layer.features.count == 514)
        #expect(layer.fields.map(\.name) == ["KODE_KMD", "KODE", "NAMA", "TIPE", "KODE_PROV"])
        #expect(layer.crs.code == "EPSG:4326")
        #expect(layer.crs.transformed == false)
        #expect(layer.crs.source == ".prj")
        #expect(layer.encoding == "UTF-8 (from .cpg)")
        #expect(layer.warnings.isEmpty, "\(layer.warnings)")
        #expect(layer.sourceFiles.count == 5)
        let nameField = try layer.fieldIndex("NAMA"), codeField = try layer.fieldIndex("KODE_KMD")
        let bogor = try #require(layer.features.first { $0.attributes[codeField].text == "32.01" })
        #expect(bogor.attributes[nameField].text.contains("Bogor"))
        let geometry = try #require(try bogor.geometry)
        #expect([GeometryType.polygon, .multiPolygon].contains(geometry.typeID))
        let area = try geometry.geodesicAreaKm2()
        #expect(abs(area - 2991.5) / 2991.5 < 0.001, "Kabupaten Bogor \(area) km²")
        var box = Envelope.empty
        for feature in layer.features { if let envelope = feature.shape?.envelope { box = box.union(envelope) } }
        #expect(box.minX > 94 && box.maxX < 142 && box.minY > -12 && box.maxY < 7, "\(box)")
    }

    @Test("a path without extension reads the same set")
    func pathWithoutExtension() throws {
        let path = try SharedData.path(SharedData.districtsShapefile)
        let layer = try ShapefileReader.read(path: String(path.dropLast(4)))
        #expect(layer.features.count == 514)
    }
}
