import Foundation
import Testing
import TestSupport
import SasaranGeo
import SasaranIO
@testable import Sasaran

@Suite("Points aggregated per region", SharedData.required)
struct PointTallyTests {
    @Test("CSV and binary tallies equal per-point locateOne on the real districts")
    func matchesPerPointLocate() throws {
        let layer = try RegionLayer.load(SharedData.path("idn/boundaries/shp/kabkota_2025.shp"), options: LayerOptions(codeField: "KODE_KMD"))
        let folder = try SharedData.temporaryFolder()
        var generator = Xoshiro256StarStar(seed: 3)
        var csv = "id,lon,lat,weight\n"
        var xy: [Double] = []
        var expectedCounts = [Int](repeating: 0, count: layer.regions.count)
        var expectedWeights = [Double](repeating: 0, count: layer.regions.count)
        var outside = 0
        for id in 0..<5000 {
            // Java and Bali, where districts are small and many points fall near borders.
            let lon = 105 + 11 * generator.nextOpenUnit(), lat = -9 + 3.5 * generator.nextOpenUnit()
            let weight = Double(id % 7) + 0.5
            csv += "p\(id),\(lon),\(lat),\(weight)\n"
            xy += [lon, lat]
            if let region = try layer.locateOne(lon: lon, lat: lat) {
                expectedCounts[region.index] += 1
                expectedWeights[region.index] += weight
            } else {
                outside += 1
            }
        }
        let csvPath = folder.appendingPathComponent("points.csv").path
        try csv.write(toFile: csvPath, atomically: true, encoding: .utf8)
        let binPath = folder.appendingPathComponent("points.bin").path
        try xy.withUnsafeBytes { try Data($0).write(to: URL(fileURLWithPath: binPath)) }

        // Small blocks, so the stream crosses many block boundaries.
        let fromCSV = try layer.tally(stream: PointCSVStream(path: csvPath, blockSize: 4096), weighted: true)
        #expect(fromCSV.points == 5000)
        #expect(fromCSV.outside == outside)
        #expect(fromCSV.counts == expectedCounts)
        for index in expectedWeights.indices { #expect(abs(fromCSV.weights[index] - expectedWeights[index]) < 1e-9) }
        #expect(outside > 100 && outside < 4900, "some points in the sea, most on land")

        let fromBinary = try layer.tally(binary: BinaryPointStream(path: binPath, blockPoints: 333))
        #expect(fromBinary.counts == expectedCounts)
        #expect(fromBinary.points == 5000 && fromBinary.outside == outside)
    }

    @Test("a point inside two overlapping regions counts once, for the smaller one")
    func overlapRule() throws {
        let folder = try SharedData.temporaryFolder()
        let path = folder.appendingPathComponent("overlap.geojson").path
        try """
        {"type":"FeatureCollection","features":[
        {"type":"Feature","properties":{"code":"BIG"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[4,0],[4,4],[0,4],[0,0]]]}},
        {"type":"Feature","properties":{"code":"SMALL"},"geometry":{"type":"Polygon","coordinates":[[[1,1],[2,1],[2,2],[1,2],[1,1]]]}}
        ]}
        """.write(toFile: path, atomically: true, encoding: .utf8)
        let layer = try RegionLayer.load(path, options: LayerOptions(codeField: "code", parent: .none))
        let points = folder.appendingPathComponent("p.bin").path
        let xy: [Double] = [1.5, 1.5, 3, 3, 9, 9]
        try xy.withUnsafeBytes { try Data($0).write(to: URL(fileURLWithPath: points)) }
        let tally = try layer.tally(binary: BinaryPointStream(path: points))
        #expect(tally.counts == [1, 1])
        #expect(tally.inSeveral == 1 && tally.outside == 1)
        let odd = folder.appendingPathComponent("odd.bin").path
        try Data(count: 24).write(to: URL(fileURLWithPath: odd))
        #expect(throws: InputError.self) { try BinaryPointStream(path: odd) }
    }
}
