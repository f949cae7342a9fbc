import Testing
@testable import SasaranGeo

@Suite("GEOS geometry layer")
struct GeometryTests {
    let unitSquare: [Double] = [0, 0, 1, 0, 1, 1, 0, 1, 0, 0]

    @Test("builds a polygon from an interleaved coordinate buffer")
    func buildsPolygon() throws {
        let polygon = try unitSquare.withUnsafeBufferPointer { try Geometry.polygon(shell: $0) }
        #expect(polygon.typeID == .polygon)
        #expect(try polygon.planarArea() == 1)
        #expect(polygon.envelope == Envelope(minX: 0, minY: 0, maxX: 1, maxY: 1))
        #expect(polygon.vertexCount == 5)
    }

    @Test("refuses rings with fewer than four points, open rings and NaN")
    func refusesBadRings() throws {
        #expect(throws: GeoError.invalidRing(reason: "3 points, at least 4 needed")) {
            try [0.0, 0, 1, 0, 0, 0].withUnsafeBufferPointer(Geometry.linearRing)
        }
        #expect(throws: GeoError.self) { try [0.0, 0, 1, 0, 1, 1, 0, 1].withUnsafeBufferPointer(Geometry.linearRing) }
        #expect(throws: GeoError.nonFiniteCoordinate) {
            try [0.0, 0, .nan, 0, 1, 1, 0, 0].withUnsafeBufferPointer(Geometry.linearRing)
        }
    }

    @Test("reports an invalid bow-tie with GEOS's reason and repairs it to two triangles")
    func repairsBowTie() throws {
        let bowTie = try Geometry(wkt: "POLYGON((0 0, 2 2, 2 0, 0 2, 0 0))")
        #expect(try !bowTie.isValid())
        #expect(try bowTie.validityReason().hasPrefix("Self-intersection"))
        let repaired = try bowTie.madeValid()
        #expect(try repaired.isValid())
        #expect(repaired.typeID == .multiPolygon)
        #expect(abs(try repaired.planarArea() - 2) < 1e-12)
    }

    @Test("GEOS errors come back typed with the library's message")
    func typedErrors() {
        #expect {
            try Geometry(wkt: "POLYGON((0 0, 1")
        } throws: { error in
            guard case let GeoError.library(operation, message) = error else { return false }
            return operation == "read WKT" && message.contains("ParseException")
        }
    }

    @Test("union dissolves the shared border of two squares")
    func unionDissolves() throws {
        let left = try Geometry(wkt: "POLYGON((0 0, 1 0, 1 1, 0 1, 0 0))")
        let right = try Geometry(wkt: "POLYGON((1 0, 2 0, 2 1, 1 1, 1 0))")
        let union = try Geometry.union(of: [left, right])
        #expect(union.typeID == .polygon)
        #expect(try union.planarArea() == 2)
        #expect(try union.simplified(tolerance: 0.01).vertexCount == 5)
    }

    @Test("STRtree returns the indices whose envelopes meet the query box")
    func strtree() throws {
        let squares = try (0..<10).map { offset in
            try Geometry(wkt: "POLYGON((\(offset) 0, \(offset + 1) 0, \(offset + 1) 1, \(offset) 1, \(offset) 0))")
        }
        let tree = try STRtree(squares)
        #expect(try tree.query(Envelope(minX: 2.5, minY: 0.5, maxX: 4.5, maxY: 0.6)) == [2, 3, 4])
        #expect(try tree.query(Envelope(minX: 20, minY: 20, maxX: 21, maxY: 21)).isEmpty)
    }

    @Test("prepared geometry answers contains like the plain predicate")
    func prepared() throws {
        let polygon = try Geometry(wkt: "POLYGON((0 0, 4 0, 4 4, 0 4, 0 0), (1 1, 2 1, 2 2, 1 2, 1 1))")
        let prepared = try PreparedGeometry(polygon)
        #expect(try prepared.contains(.point(x: 3, y: 3)))
        #expect(try !prepared.contains(.point(x: 1.5, y: 1.5)))
        #expect(try polygon.contains(.point(x: 3, y: 3)))
    }
}
