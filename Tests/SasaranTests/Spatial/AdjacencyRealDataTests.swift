import Foundation
import Testing
import TestSupport
import SasaranGeo
@testable import Sasaran

/// The adjacency graph of the real 514 districts against brute force over all pairs, computed
/// here without the STRtree or the graph code.
@Suite("Adjacency of the real districts", SharedData.required, .serialized)
struct AdjacencyRealDataTests {
    static let layer: RegionLayer? = try? RegionLayer.load(SharedData.path("idn/boundaries/shp/kabkota_2025.shp"),
                                                           options: LayerOptions(codeField: "KODE_KMD", nameField: "NAMA", parent: .field("KODE_PROV")))

    static func pairs(_ graph: AdjacencyGraph) -> Set<String> {
        Set(graph.links.filter { $0.kind != .bridge }.map { "\(graph.codes[$0.a])|\(graph.codes[$0.b])" })
    }

    static func key(_ a: Region, _ b: Region) -> String { a.code < b.code ? "\(a.code)|\(b.code)" : "\(b.code)|\(a.code)" }

    /// Great-circle distance on a sphere of the mean Earth radius: independent of the engine's
    /// ellipsoidal distance, so tests compare with a margin.
    static func haversineKm(_ p: (x: Double, y: Double), _ q: (x: Double, y: Double)) -> Double {
        let r = Double.pi / 180
        let a = pow(sin((q.y - p.y) * r / 2), 2) + cos(p.y * r) * cos(q.y * r) * pow(sin((q.x - p.x) * r / 2), 2)
        return 2 * 6371.0088 * asin(min(1, a.squareRoot()))
    }

    @Test("tolerance 0 finds exactly the pairs GEOS intersects finds over all pairs")
    func exactContact() throws {
        let layer = try #require(Self.layer)
        let regions = layer.regions
        let graph = try layer.adjacency()
        var expected = Set<String>()
        for i in regions.indices {
            for j in (i + 1)..<regions.count where regions[i].envelope.intersects(regions[j].envelope) {
                if try regions[i].geometry.intersects(regions[j].geometry) { expected.insert(Self.key(regions[i], regions[j])) }
            }
        }
        #expect(regions.count == 514)
        #expect(expected.count > 900)
        #expect(Self.pairs(graph) == expected)
        // Every pair once, code_a < code_b, sorted.
        let listed = graph.links.map { [graph.codes[$0.a], graph.codes[$0.b]] }
        #expect(listed.allSatisfy { $0[0] < $0[1] })
        let sorted = listed.sorted { $0.lexicographicallyPrecedes($1) }
        #expect(listed == sorted)
        // Islands are exactly the regions in no pair.
        let touched = Set(graph.links.flatMap { [$0.a, $0.b] })
        #expect(graph.islands == regions.indices.filter { !touched.contains($0) }.sorted { regions[$0].code < regions[$1].code })
        #expect(graph.islands.map { regions[$0].code }.contains("31.01"), "Kepulauan Seribu is an island district")
    }

    @Test("tolerance 1 km finds the pairs within 1 km by brute-force GEOS distance")
    func withinTolerance() throws {
        let layer = try #require(Self.layer)
        let regions = layer.regions
        let graph = try layer.adjacency(AdjacencyOptions(toleranceKm: 1))
        var surely = Set<String>(), possibly = Set<String>()
        for i in regions.indices {
            for j in (i + 1)..<regions.count where regions[i].envelope.expanded(by: 0.05).intersects(regions[j].envelope) {
                let (a, b) = (regions[i].geometry, regions[j].geometry)
                guard try a.distance(to: b) < 0.05 else { continue }
                let nearest = try a.nearestPoints(to: b)
                let km = Self.haversineKm(nearest.a, nearest.b)
                if km <= 0.99 { surely.insert(Self.key(regions[i], regions[j])) }
                if km <= 1.01 { possibly.insert(Self.key(regions[i], regions[j])) }
            }
        }
        let found = Self.pairs(graph)
        #expect(surely.subtracting(found).isEmpty, "missed: \(surely.subtracting(found).sorted())")
        #expect(found.subtracting(possibly).isEmpty, "too far: \(found.subtracting(possibly).sorted())")
        let exact = Self.pairs(try layer.adjacency())
        #expect(exact.isSubset(of: found))
        #expect(found.count > exact.count, "the tolerance finds neighbours across gaps")
    }

    @Test("sea bridges of 50 km leave fewer components; rook is a subset of queen")
    func seaBridges() throws {
        let layer = try #require(Self.layer)
        let plain = try layer.adjacency(AdjacencyOptions(toleranceKm: 0.5))
        let bridged = try layer.adjacency(AdjacencyOptions(toleranceKm: 0.5, seaBridgeKm: 50))
        #expect(!plain.islands.isEmpty)
        #expect(bridged.components().count < plain.components().count)
        #expect(bridged.links.contains { $0.kind == .bridge && $0.distanceKm > 0 && $0.distanceKm <= 50 })
        #expect(bridged.links.filter { $0.kind == .bridge }.allSatisfy {
            plain.islands.contains($0.a) || plain.islands.contains($0.b)
        })
        let rook = try layer.adjacency(AdjacencyOptions(contiguity: .rook, toleranceKm: 0.5))
        #expect(Self.pairs(rook).isSubset(of: Self.pairs(plain)))
        #expect(rook.links.allSatisfy { $0.kind == .rook && $0.sharedKm >= 2 })
    }
}
