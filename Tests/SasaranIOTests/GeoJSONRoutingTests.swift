import Foundation
import SasaranIO
import Testing
import TestSupport

/// A GeoJSON file above `Limits.geoJSONNativeBytes` is read through GDAL's streaming driver
/// (the native JSON tree took about 30 times the file: a 112 MB file aborted under a 2 GiB
/// address space); both readers give the same layer.
@Suite("GeoJSON: native below the threshold, GDAL's streaming driver above")
struct GeoJSONRoutingTests {
    @Test("a file just over the threshold goes through GDAL, with the same codes, notes and geometries as the native reader")
    func sameLayer() throws {
        let folder = try SharedData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("big.geojson").path
        let note = String(repeating: "n", count: 4_000)
        var features: [String] = []
        var size = 0
        var k = 0
        while size <= Limits.geoJSONNativeBytes + 1_000 {
            let (x, y) = (100 + Double(k % 100) * 0.1, -10 + Double(k / 100) * 0.1)
            let feature = #"{"type":"Feature","properties":{"code":"\#(k)","note":"\#(note)"},"geometry":{"type":"Polygon","coordinates":[[[\#(x),\#(y)],[\#(x + 0.1),\#(y)],[\#(x + 0.1),\#(y + 0.1)],[\#(x),\#(y + 0.1)],[\#(x),\#(y)]]]}}"#
            features.append(feature)
            size += feature.utf8.count + 2
            k += 1
        }
        try "{\"type\":\"FeatureCollection\",\"features\":[\(features.joined(separator: ",\n"))]}".write(toFile: path, atomically: true, encoding: .utf8)
        let routed = try BoundaryReader.read(path: path)
        let native = try GeoJSONReader.read(path: path)
        #expect(routed.format.contains("GDAL") && !native.format.contains("GDAL"))
        #expect(routed.features.count == native.features.count && routed.features.count == k)
        let codeA = try routed.fieldIndex("code"), codeB = try native.fieldIndex("code")
        #expect(routed.features.map { $0.attributes[codeA].text } == native.features.map { $0.attributes[codeB].text })
        // Equal to the last bit or one unit in the last place: Foundation's JSON parser reads
        // 17-digit numbers such as 100.19999999999999 one ulp off (100.2000000000000028; GDAL
        // and strtod give 100.1999999999999886).
        for (a, b) in zip(routed.features, native.features).prefix(500) {
            let ra = try a.geometry!.polygonRings().flatMap { $0.flatMap { $0 } }
            let rb = try b.geometry!.polygonRings().flatMap { $0.flatMap { $0 } }
            #expect(ra.count == rb.count && zip(ra, rb).allSatisfy { $0 == $1 || $0.nextUp == $1 || $0.nextDown == $1 },
                    "record \(a.record)")
        }
        #expect(Double("100.19999999999999") == 100.19999999999998863131622783839702606201171875)
        #expect(routed.crs.known && native.crs.known)
    }
}
