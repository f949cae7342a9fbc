import Foundation
import Testing
import Sasaran
@testable import SasaranReport

@Suite("GeoJSON output")
struct GeoJSONEmitterTests {
    static func parse(_ text: String) throws -> [[String: Any]] {
        let root = try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any]
        #expect(root["type"] as? String == "FeatureCollection")
        #expect(root["crs"] == nil)
        return root["features"] as! [[String: Any]]
    }

    /// Twice the signed area of a ring of [lon, lat] pairs.
    static func signedArea(_ ring: [[Double]]) -> Double {
        zip(ring, ring.dropFirst()).reduce(0) { $0 + $1.0[0] * $1.1[1] - $1.1[0] * $1.0[1] }
    }

    @Test("selected regions in rank order, with the JSON entry's properties")
    func selected() throws {
        let result = try ReportFixture.run()
        let features = try Self.parse(try PriorityListEmitter.render(result, format: .geojson))
        #expect(features.map { $0["id"] as! String } == ["A.01", "B.01", "B.02"])
        let entries = try ReportFixture.json(result)["selected"] as! [[String: Any]]
        for (feature, entry) in zip(features, entries) {
            #expect(feature["type"] as? String == "Feature")
            #expect((feature["properties"] as! NSDictionary) == (entry as NSDictionary))
        }
        #expect((features[0]["properties"] as! [String: Any])["name"] as? String == ReportFixture.names["A.01"])
    }

    @Test("polygons and multipolygons, exterior rings counter-clockwise and holes clockwise")
    func geometry() throws {
        let features = try Self.parse(try PriorityListEmitter.render(try ReportFixture.run(), format: .geojson))
        let a = features[0]["geometry"] as! [String: Any]
        #expect(a["type"] as? String == "Polygon")
        let rings = a["coordinates"] as! [[[Double]]]
        #expect(rings.count == 2)
        #expect(Self.signedArea(rings[0]) > 0)
        #expect(Self.signedArea(rings[1]) < 0)
        #expect(rings.allSatisfy { $0.first == $0.last && $0.count == 5 })
        let b = features[1]["geometry"] as! [String: Any]
        #expect(b["type"] as? String == "MultiPolygon")
        let parts = b["coordinates"] as! [[[[Double]]]]
        #expect(parts.count == 2)
        #expect(parts.allSatisfy { Self.signedArea($0[0]) > 0 })
    }

    @Test("every region in layer order with selected, phase, rank, value and share")
    func allRegions() throws {
        let result = try ReportFixture.run()
        let text = try PriorityListEmitter.render(result, format: .geojson, options: EmitOptions(allRegions: true))
        let features = try Self.parse(text)
        #expect(features.map { $0["id"] as! String } == ["A.01", "A.02", "A.03", "B.01", "B.02", "C.01"])
        let properties = features.map { $0["properties"] as! [String: Any] }
        #expect(properties.map { $0["selected"] as! Bool } == [true, false, false, true, true, false])
        #expect(properties.map { $0["rank"] as? Int } == [1, nil, nil, 2, 3, nil])
        #expect(properties.map { $0["phase"] as? Int } == [1, nil, nil, 1, 1, nil])
        #expect(properties.map { $0["value"] as? Double } == [40, 10, 5, 30, 10.5, 4.5])
        #expect(abs(properties[5]["share"] as! Double - 0.045) < 1e-12)
        #expect(properties[5]["rate"] as? Double == 0.9)
        #expect(properties[2]["rank"] is NSNull)
        #expect(Set(properties[0].keys) == Set(properties[1].keys))
        // coordinates are cut to 7 decimals
        #expect(text.contains("[102.1234568,-5]"))
        #expect(!text.contains("102.123456789"))
    }

    @Test("strings are escaped")
    func escaping() {
        var out = JSONWriter()
        out.string("a\"b\\c\nd\u{01}é/")
        #expect(out.text == #""a\"b\\c\nd\u0001é/""#)
    }
}
