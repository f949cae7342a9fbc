import Foundation
import Testing
import TestSupport

@Suite("sasaran inspect", SharedData.required)
struct InspectCommandTests {
    @Test("--json reports the real districts: 514 regions, WGS84, bbox, fields, area")
    func json() throws {
        let path = try SharedData.path("idn/boundaries/shp/kabkota_2025.shp")
        let result = try Sasaran.run(["inspect", path, "--code-field", "KODE_KMD", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["regions"] as? Int == 514)
        let crs = try #require(object["crs"] as? [String: Any])
        #expect(crs["code"] as? String == "EPSG:4326")
        let bbox = try #require(object["bbox"] as? [Double])
        #expect(bbox.count == 4 && bbox[0] > 94 && bbox[2] < 142 && bbox[1] > -12 && bbox[3] < 7)
        let fields = try #require(object["fields"] as? [[String: Any]])
        #expect(fields.compactMap { $0["name"] as? String }.contains("KODE_KMD"))
        #expect(object["invalidRepaired"] as? Int == 0)
        #expect((object["overlaps"] as? Int ?? 0) > 0)
        let area = try #require(object["areaKm2"] as? Double)
        #expect(abs(area / 1_879_800 - 1) < 0.001)
    }

    @Test("the text report names the file, the CRS and the repaired geometries")
    func text() throws {
        let path = try SharedData.path("idn/boundaries/kabkota_2025_unrepaired.geojson")
        let result = try Sasaran.run(["inspect", path, "--code-field", "kode_kemendagri"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Regions    514"))
        #expect(result.stdout.contains("Invalid    125 geometries found and repaired"))
        #expect(result.stdout.contains("WGS 84"))
    }

    @Test("a code field that does not exist is an error naming the file and the fields")
    func unknownField() throws {
        let path = try SharedData.path("idn/boundaries/shp/kabkota_2025.shp")
        let result = try Sasaran.run(["inspect", path, "--code-field", "KODE_XYZ"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("kabkota_2025.shp"))
        #expect(result.stderr.contains("no field \"KODE_XYZ\""))
        #expect(result.stderr.contains("KODE_KMD"))
    }
}

@Suite("sasaran inspect on bad files")
struct InspectBadInputTests {
    @Test("empty files, random bytes and missing files give a clear error and a non-zero exit",
          arguments: [("empty.shp", [UInt8]()), ("random.shp", Array("\u{7}\u{1}garbage bytes that are no shapefile at all".utf8)),
                      ("empty.geojson", []), ("broken.geojson", Array("{\"type\": \"FeatureCollection\", \"features\": [".utf8))])
    func badFiles(name: String, bytes: [UInt8]) throws {
        let folder = try SharedData.temporaryFolder()
        let path = folder.appendingPathComponent(name).path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let result = try Sasaran.run(["inspect", path])
        #expect(result.status != 0)
        #expect(result.stderr.contains(name), "\(result.stderr)")
        #expect(!result.stderr.contains("Fatal error"))
    }

    @Test("a missing file is named")
    func missing() throws {
        let result = try Sasaran.run(["inspect", "/nonexistent/districts.geojson"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("/nonexistent/districts.geojson: no such file"))
    }
}
