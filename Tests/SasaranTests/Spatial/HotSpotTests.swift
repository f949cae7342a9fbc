import Foundation
import Testing
import TestSupport
@testable import Sasaran

@Suite("Local Getis-Ord Gi*")
struct HotSpotTests {
    /// A 12 × 12 grid with noise in [1, 3) and a planted 3 × 3 cluster of 20 at rows and columns 4–6.
    static func planted() throws -> (RegionLayer, AdjacencyGraph, [Double?], Set<String>) {
        let layer = try SpatialFixtures.gridLayer(side: 12)
        var generator = Xoshiro256StarStar(seed: 11)
        var cluster = Set<String>()
        var values = [Double?](repeating: nil, count: layer.regions.count)
        for region in layer.regions {
            let row = Int(region.code.dropFirst().prefix(2))!, column = Int(region.code.suffix(2))!
            let inCluster = (4...6).contains(row) && (4...6).contains(column)
            if inCluster { cluster.insert(region.code) }
            values[region.index] = inCluster ? 20 : 1 + 2 * generator.nextOpenUnit()
        }
        return (layer, try layer.adjacency(), values, cluster)
    }

    @Test("finds the planted cluster, and only around it")
    func findsCluster() throws {
        let (_, graph, values, cluster) = try Self.planted()
        #expect(graph.links.count == 2 * 12 * 11 + 2 * 11 * 11, "queen links of a grid: rook 264 + diagonals 242")
        let spots = HotSpots.getisOrdStar(values: values, graph: graph, options: HotSpotOptions(permutations: 999, seed: 42, alpha: 0.05))
        #expect(spots.count == 144)
        let hot = Set(spots.filter { $0.classification == .hot }.map(\.code))
        #expect(hot.contains(SpatialFixtures.code(5, 5)), "the centre of the cluster")
        // The centre and its four rook neighbours always (at least 4 of their 8 neighbours and
        // themselves are 20); corner cells have only 3 of 8, so noise can hide one after the FDR.
        for (row, column) in [(4, 5), (6, 5), (5, 4), (5, 6)] { #expect(hot.contains(SpatialFixtures.code(row, column))) }
        #expect(cluster.intersection(hot).count >= 7, "missed: \(cluster.subtracting(hot).sorted())")
        // Hot spots lie in the cluster or touch it (rows and columns 3–7).
        for code in hot {
            let row = Int(code.dropFirst().prefix(2))!, column = Int(code.suffix(2))!
            #expect((3...7).contains(row) && (3...7).contains(column), "\(code) is far from the cluster")
        }
        let centre = try #require(spots.first { $0.code == SpatialFixtures.code(5, 5) })
        #expect(centre.z > 5)
        #expect(centre.p == 1.0 / 1000, "no permutation reaches the centre's sum")
    }

    @Test("the same seed gives the same result; another seed other p-values")
    func seeded() throws {
        let (_, graph, values, _) = try Self.planted()
        let a = HotSpots.getisOrdStar(values: values, graph: graph, options: HotSpotOptions(permutations: 199, seed: 7))
        let b = HotSpots.getisOrdStar(values: values, graph: graph, options: HotSpotOptions(permutations: 199, seed: 7))
        let c = HotSpots.getisOrdStar(values: values, graph: graph, options: HotSpotOptions(permutations: 199, seed: 8))
        #expect(a == b)
        #expect(a.map(\.p) != c.map(\.p))
        #expect(a.map(\.z) == c.map(\.z), "z does not depend on the permutations")
    }

    @Test("Gi* z matches the formula; Benjamini–Hochberg matches a worked example")
    func formulas() throws {
        // A path of three regions a–b–c with values 1, 2, 6.
        let graph = AdjacencyGraph(codes: ["a", "b", "c"],
                                   links: [AdjacencyLink(a: 0, b: 1, kind: .rook, distanceKm: 0, sharedKm: 1),
                                           AdjacencyLink(a: 1, b: 2, kind: .rook, distanceKm: 0, sharedKm: 1)],
                                   islands: [], options: AdjacencyOptions())
        let spots = HotSpots.getisOrdStar(values: [1, 2, 6], graph: graph, options: HotSpotOptions(permutations: 9))
        let mean = 3.0, s = ((4.0 + 1 + 9) / 3).squareRoot()
        // Region a: W = 2, sum 3: (3 − 6) ÷ (s √((3·2 − 4) ÷ 2)).
        #expect(abs(spots[0].z - (3 - 2 * mean) / (s * ((6.0 - 4) / 2).squareRoot())) < 1e-12)
        #expect(spots[1].z.isNaN, "b neighbours everything: W = n, no variance")
        let q = HotSpots.benjaminiHochberg([0.01, 0.04, 0.03, 0.20])
        let expected: [Double] = [0.04, 0.16 / 3, 0.16 / 3, 0.2]
        for (got, want) in zip(q, expected) { #expect(abs(got - want) < 1e-12) }
    }
}
