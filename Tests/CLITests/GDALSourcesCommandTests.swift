import Foundation
import Testing
import TestSupport

@Suite("sasaran with files of every kind: no-option inspect, unknown CRS, GDAL sources", SharedData.required)
struct GDALSourcesCommandTests {
    static func corpusSet(_ name: String, _ file: String) throws -> String {
        try SharedData.path("shapefiles-in-the-wild/sets/\(name)/\(file)")
    }

    @Test("inspect needs no option: a shapefile without .dbf or .prj is described, its CRS unknown, its records numbered")
    func inspectAnything() throws {
        let result = try Sasaran.run(["inspect", try Self.corpusSet("Shapefile.jl__shapelib_test11", "test11.shp")])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("CRS        unknown (no .prj); give --crs"))
        #expect(result.stdout.contains("Records    4: 4 Polygon; 0 null, 0 empty"))
        #expect(result.stdout.contains("Fields     FID N(10,0)  4 distinct  \"0\", \"1\", \"2\", …"))
        #expect(result.stdout.contains("Area       not measured (CRS unknown)"))
        let json = try Sasaran.run(["inspect", try Self.corpusSet("Shapefile.jl__shapelib_test11", "test11.shp"), "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let description = try #require(object["description"] as? [String: Any])
        #expect(description["records"] as? Int == 4 && (description["crs"] as? [String: Any])?["known"] as? Bool == false)
        #expect(object["areaKm2"] is NSNull, "no NaN reaches the encoder: the unmeasured area is null")
    }

    @Test("with the CRS unknown a CSV list is written with a warning; GeoJSON stops with an error naming --crs, writing nothing; --crs lets it through")
    func unknownCRS() throws {
        let shp = try Self.corpusSet("Shapefile.jl__shapelib_test11", "test11.shp")
        let folder = try SharedData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let table = folder.appendingPathComponent("t.csv").path
        try Data("code;value\n0;10,5\n1;20\n2;30\n3;40\n".utf8).write(to: URL(fileURLWithPath: table))
        let base = ["rank", "--boundaries", shp, "--code-field", "FID", "--indicators", table, "--code-column", "code", "--value", "value"]
        let csv = try Sasaran.run(base + ["--format", "csv"])
        #expect(csv.status == 0, "\(csv.stderr)")
        #expect(csv.stdout.contains("\n3,") && csv.stderr.contains("coordinate reference system is unknown"), "\(csv.stdout)\n\(csv.stderr)")
        let geojson = folder.appendingPathComponent("list.geojson").path
        let refused = try Sasaran.run(base + ["--output", folder.appendingPathComponent("list.csv").path, "--output", geojson])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("writing geojson needs longitude/latitude") && refused.stderr.contains("--crs"), "\(refused.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["t.csv"], "nothing written")
        let stated = try Sasaran.run(base + ["--crs", "EPSG:32749", "--output", geojson])
        #expect(stated.status == 0, "\(stated.stderr)")
    }

    @Test("inspect and rank read a GeoPackage and a zipped shapefile through GDAL, and --layer picks a layer")
    func gdalSources() throws {
        let shp = try SharedData.path("idn/boundaries/shp/kabkota_2025.shp")
        let folder = try SharedData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let gpkg = try GDALTool.realDistrictCopies(in: folder).geoPackage
        let inspect = try Sasaran.run(["inspect", gpkg, "--layer", "kabkota"])
        #expect(inspect.status == 0, "\(inspect.stderr)")
        #expect(inspect.stdout.contains("Format     GeoPackage (GDAL GPKG driver)"))
        #expect(inspect.stdout.contains("Regions    514 (code field KODE_KMD, name field NAMA)"))
        let missing = try Sasaran.run(["inspect", gpkg, "--layer", "desa"])
        #expect(missing.status == 1 && missing.stderr.contains("no layer \"desa\"; the layers are: kabkota (Multi Polygon)"), "\(missing.stderr)")
        let csv = try SharedData.path("idn/poverty/bps_poverty_kabkota_2015_2025.csv")
        let rank = ["rank", "--code-field", "KODE_KMD", "--indicators", csv, "--code-column", "kode_kemendagri_2025",
                    "--value", "jumlah_miskin_ribu", "--where", "tahun=2023", "--format", "csv"]
        let native = try Sasaran.run(rank + ["--boundaries", shp])
        let viaGDAL = try Sasaran.run(rank + ["--boundaries", gpkg])
        #expect(native.status == 0 && viaGDAL.status == 0, "\(viaGDAL.stderr)")
        #expect(native.stdout == viaGDAL.stdout && native.stdout.split(separator: "\n").count == 185)
    }
}
