import SasaranGeo
import Testing

/// Holes go to the smallest ring that holds them, whatever the winding, and the work grows with
/// the rings, not with their square (99,999 holes took 11–35 s per district when every ring was
/// compared with every larger one).
@Suite("Polygon assembly from loose rings")
struct PolygonAssemblyTests {
    static func square(_ x: Double, _ y: Double, _ size: Double, clockwise: Bool = true) -> [Double] {
        let corners = [(x, y), (x, y + size), (x + size, y + size), (x + size, y), (x, y)]
        return (clockwise ? corners : corners.reversed()).flatMap { [$0.0, $0.1] }
    }

    @Test("a shell, two holes, an island in one hole and a separate island: two shells with two holes and one island")
    func nesting() throws {
        let rings = [
            Self.square(5, 5, 1),                      // island inside the first hole
            Self.square(0, 0, 10, clockwise: false),   // the shell, wound the wrong way
            Self.square(4, 4, 3),                      // hole
            Self.square(1, 1, 1),                      // hole
            Self.square(20, 20, 1),                    // separate island
        ]
        let geometry = try PolygonAssembly.assemble(rings)
        let polygons = try geometry.polygonRings()
        #expect(polygons.count == 3)
        #expect(polygons.map { $0.count - 1 }.sorted() == [0, 0, 2], "one polygon has the two holes")
        #expect(abs(try geometry.planarArea() - (100 - 9 - 1 + 1 + 1)) < 1e-9)
    }

    @Test("99,999 holes in one shell: every hole assigned, the candidates examined linear in the rings")
    func manyHoles() throws {
        let side = 317   // 317² − 90 ≈ 100,000 cells; take the first 99,999
        var rings = [Self.square(0, 0, Double(side))]
        for k in 0..<99_999 {
            let x = Double(k % side), y = Double(k / side)
            rings.append(Self.square(x + 0.25, y + 0.25, 0.5))
        }
        var work = 0
        let geometry = try PolygonAssembly.assemble(rings, work: &work)
        let polygons = try geometry.polygonRings()
        #expect(polygons.count == 1 && polygons[0].count == 100_000)
        #expect(work < 10 * rings.count, "\(work) candidates for \(rings.count) rings")
    }

    @Test("300 identical rings and rings with coordinates near ±1e308: no trap, an answer")
    func degenerate() throws {
        let copies = Array(repeating: Self.square(0, 0, 1), count: 300)
        var work = 0
        _ = try? PolygonAssembly.assemble(copies, work: &work)
        #expect(work <= 300 * 300, "at most every pair")
        _ = try? PolygonAssembly.assemble([Self.square(-1e308, -1e308, 1e308), Self.square(1e307, 1e307, 1e307)])
    }
}
