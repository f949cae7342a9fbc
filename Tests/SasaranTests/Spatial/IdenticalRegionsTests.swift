import Foundation
import Testing
import TestSupport
@testable import Sasaran

/// A layer holding one district many times (an export gone wrong): overlaps and adjacency give
/// the full answer, with the copies measured once (300 copies took minutes pair by pair).
@Suite("Identical regions")
struct IdenticalRegionsTests {
    /// `copies` of a square with a notch, plus two plain neighbours to its east and far away.
    static func layer(copies: Int) throws -> RegionLayer {
        var features: [String] = []
        let shape = "[[[0,0],[0,1],[0.5,1],[0.5,0.9],[0.6,0.9],[0.6,1],[1,1],[1,0],[0,0]]]"
        for k in 0..<copies {
            features.append(#"{"type":"Feature","properties":{"code":"c\#(String(format: "%03d", k))"},"geometry":{"type":"Polygon","coordinates":\#(shape)}}"#)
        }
        features.append(#"{"type":"Feature","properties":{"code":"east"},"geometry":{"type":"Polygon","coordinates":[[[1,0],[1,1],[2,1],[2,0],[1,0]]]}}"#)
        features.append(#"{"type":"Feature","properties":{"code":"far"},"geometry":{"type":"Polygon","coordinates":[[[9,9],[9,10],[10,10],[10,9],[9,9]]]}}"#)
        let path = try SharedData.temporaryFolder().appendingPathComponent("copies.geojson").path
        try "{\"type\":\"FeatureCollection\",\"features\":[\(features.joined(separator: ",\n"))]}".write(toFile: path, atomically: true, encoding: .utf8)
        return try RegionLayer.load(path, options: LayerOptions(codeField: "code", parent: .none))
    }

    @Test("copies are found by box and bytes; distinct regions are not grouped")
    func groups() throws {
        let layer = try Self.layer(copies: 5)
        #expect(try layer.identicalGeometries() == [[0, 1, 2, 3, 4]])
        #expect(try Self.layer(copies: 1).identicalGeometries().isEmpty)
    }

    @Test("300 copies: each copy overlaps the first by its whole area, 299 overlaps rather than 44,850 pair intersections")
    func overlaps() throws {
        let layer = try Self.layer(copies: 300)
        let overlaps = try layer.findOverlaps()
        #expect(overlaps.count == 299)
        #expect(overlaps.allSatisfy { $0.codeA == "c000" && abs($0.areaKm2 - layer.regions[0].geodesicAreaKm2) < 1e-6 })
    }

    @Test("300 copies: every pair of copies is a rook link, and every copy borders east as the single district does")
    func adjacency() throws {
        let many = try Self.layer(copies: 300).adjacency()
        #expect(many.links.count == 300 * 299 / 2 + 300)
        let east = many.links.filter { many.codes[$0.b] == "east" || many.codes[$0.a] == "east" }
        #expect(east.count == 300)
        let single = try Self.layer(copies: 1).adjacency()
        let alone = try #require(single.links.first { single.codes[$0.a] == "c000" && single.codes[$0.b] == "east" })
        #expect(east.allSatisfy { $0.kind == alone.kind && abs($0.sharedKm - alone.sharedKm) < 1e-9 })
        #expect(many.links.filter { $0.a < 300 && $0.b < 300 }.allSatisfy { $0.kind == .rook && $0.sharedKm > 0 })
        #expect(many.islands.map { many.codes[$0] } == ["far"])
    }
}
