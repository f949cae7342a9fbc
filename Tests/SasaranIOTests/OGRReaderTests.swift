import Foundation
import SasaranGeo
@testable import SasaranIO
import Testing
import TestSupport

/// The GDAL/OGR path against the native readers and against GDAL's own tools.
@Suite("OGR reader", SharedData.required)
struct OGRReaderTests {
    /// The text of every attribute, feature by feature.
    static func attributeTexts(_ layer: FeatureLayer) -> [[String]] {
        layer.features.map { $0.attributes.map(\.text) }
    }

    static func areas(_ layer: FeatureLayer) throws -> [Double] {
        try layer.features.map { try $0.geometry.map { $0.isEmpty ? 0 : try $0.geodesicAreaKm2() } ?? 0 }
    }

    @Test("every polygon set of the corpus: GDAL's record count, the native reader's attributes and areas, GDAL+PROJ's total area within 0.5%; no crash on any set")
    func corpus() throws {
        var polygonSets = 0, readWithGDALCount = 0, areaChecked = 0, sameAsNative = 0
        var lines: [String] = []
        for (set, shp, nativeOutcome) in try ShapefileWildTests.outcomes() {
            let path = try SharedData.path(SharedData.wildFolder) + "/sets/" + set.set + "/" + shp
            let type = set.truth?.shape_type?.name ?? "?"
            let ogr: FeatureLayer
            do {
                ogr = try OGRReader.read(path: path)
            } catch let error as InputError {
                lines.append("refused \(set.set) [\(type)]: \(error)")
                #expect(!type.hasPrefix("POLYGON") || set.status == "expected_error", "\(set.set): a polygon set GDAL reads must load: \(error)")
                continue
            }
            guard type.hasPrefix("POLYGON"), set.status != "expected_error" else { continue }
            polygonSets += 1
            if let expected = set.truth?.gdal_reported_feature_count {
                #expect(ogr.features.count == expected, "\(set.set): \(ogr.features.count) features, GDAL \(expected)")
                if ogr.features.count == expected { readWithGDALCount += 1 }
            }
            let ogrAreas = try Self.areas(ogr)
            if case let .read(native) = nativeOutcome {
                let nativeAreas = try Self.areas(native)
                let attributesMatch = Self.attributeTexts(native) == Self.attributeTexts(ogr) || native.fields.map(\.name) == ["FID"]
                let areasMatch = nativeAreas.count == ogrAreas.count
                    && zip(nativeAreas, ogrAreas).allSatisfy { abs($0 - $1) <= 1e-9 * max(1, abs($0)) || ogr.crs.known == false }
                #expect(native.features.count == ogr.features.count, "\(set.set): native \(native.features.count), GDAL \(ogr.features.count)")
                #expect(attributesMatch, "\(set.set): attributes differ between the native and the GDAL path")
                #expect(areasMatch, "\(set.set): areas differ: \(nativeAreas.prefix(3)) vs \(ogrAreas.prefix(3))")
                #expect(native.crs.known == ogr.crs.known, "\(set.set): CRS \(native.crs) vs \(ogr.crs)")
                if attributesMatch && areasMatch { sameAsNative += 1 }
            }
            if ogr.crs.known, set.truth?.crs != nil {
                let layerName = URL(fileURLWithPath: shp).deletingPathExtension().lastPathComponent
                let expected = try GDALTool.geodesicAreaKm2(path, layer: layerName)
                let total = ogrAreas.reduce(0, +)
                #expect(abs(total - expected) <= 0.005 * expected, "\(set.set): \(total) km², GDAL+PROJ \(expected) km²")
                areaChecked += 1
                lines.append("area    \(set.set): \(total) km², GDAL+PROJ \(expected) km²")
            }
        }
        print(lines.joined(separator: "\n"))
        print("polygon sets: \(polygonSets); GDAL's record count: \(readWithGDALCount); same as the native reader: \(sameAsNative); geodesic area checked against GDAL+PROJ: \(areaChecked)")
        #expect(polygonSets >= 20)
        #expect(areaChecked >= 12)
    }

    @Test("the real districts read the same through GDAL from the shapefile, a zipped shapefile and a GeoPackage as natively")
    func realDistricts() throws {
        let shp = try SharedData.path("idn/boundaries/shp/kabkota_2025.shp")
        let folder = try SharedData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (gpkg, zipped) = try GDALTool.realDistrictCopies(in: folder)

        let native = try ShapefileReader.read(path: shp)
        let nativeAreas = try Self.areas(native)
        for path in [shp, zipped, gpkg] {
            let ogr = try OGRReader.read(path: path)
            #expect(ogr.features.count == 514, "\(path)")
            #expect(ogr.fields.map(\.name) == native.fields.map(\.name), "\(path)")
            #expect(Self.attributeTexts(ogr) == Self.attributeTexts(native), "\(path)")
            let areas = try Self.areas(ogr)
            #expect(zip(areas, nativeAreas).allSatisfy { abs($0 - $1) <= 1e-9 * $1 }, "\(path)")
            #expect(ogr.crs.code == "EPSG:4326" && ogr.crs.known, "\(path): \(ogr.crs)")
        }
        #expect(BoundaryReader.path(for: zipped) == .ogr && BoundaryReader.path(for: gpkg) == .ogr && BoundaryReader.path(for: shp) == .shapefile)
    }
}

/// What the OGR reader says where a source is not one layer of features.
@Suite("OGR reader: sources and layers")
struct OGRSourceTests {
    @Test("a password never appears in a connection string shown to the user")
    func redaction() {
        #expect(OGRSource.redacted("PG:dbname=x password=s3cret host=h") == "PG:dbname=x password=*** host=h")
        #expect(OGRSource.redacted("PG:dbname=x password='a b c' user=u") == "PG:dbname=x password=*** user=u")
        #expect(OGRSource.redacted("PG:postgresql://alice:s3cret@db.example/gis") == "PG:postgresql://alice:***@db.example/gis")
    }

    @Test("a GeoPackage of two layers needs --layer and lists both; --layer picks one")
    func layers() throws {
        let folder = try SharedData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let geojson = folder.appendingPathComponent("a.geojson")
        try Data(#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"kode":"32.01"},"geometry":{"type":"Polygon","coordinates":[[[106,-7],[107,-7],[107,-6],[106,-7]]]}}]}"#.utf8).write(to: geojson)
        let gpkg = folder.appendingPathComponent("two.gpkg").path
        _ = try GDALTool.run("ogr2ogr", ["-f", "GPKG", gpkg, geojson.path, "-nln", "districts"])
        _ = try GDALTool.run("ogr2ogr", ["-f", "GPKG", "-update", gpkg, geojson.path, "-nln", "provinces"])
        #expect {
            try OGRReader.read(path: gpkg)
        } throws: { error in
            let text = "\(error)"
            return text.contains("holds 2 layers: districts (Polygon), provinces (Polygon); choose one with --layer NAME")
        }
        let layer = try OGRReader.read(path: gpkg, options: LayerReadOptions(layer: "provinces"))
        #expect(layer.features.count == 1 && layer.features[0].attributes[0].text == "32.01")
        #expect(layer.warnings.contains("layer \"provinces\" of 2"))
        #expect(throws: InputError.self) { try OGRReader.read(path: gpkg, options: LayerReadOptions(layer: "villages")) }
    }
}
