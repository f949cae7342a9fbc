import Testing
@testable import SasaranGeo

@Suite("Geodesic area on the WGS84 ellipsoid")
struct GeodesicAreaTests {
    // Reference values from GeographicLib's Planimeter (pyproj.Geod(ellps="WGS84").polygon_area_perimeter).
    @Test("a one-degree cell at the equator", arguments: [
        (lat: 0.0, km2: 12_308.778_361_469_453),
        (lat: -7.0, km2: 12_232.195_514_828_156),
    ])
    func oneDegreeCell(lat: Double, km2: Double) throws {
        let cell = [106.0, lat, 107, lat, 107, lat + 1, 106, lat + 1, 106, lat]
        let polygon = try cell.withUnsafeBufferPointer { try Geometry.polygon(shell: $0) }
        #expect(abs(try polygon.geodesicAreaKm2() - km2) < 1e-6)
        let clockwise = stride(from: cell.count - 2, through: 0, by: -2).flatMap { [cell[$0], cell[$0 + 1]] }
        #expect(abs(GeodesicArea.ringKm2(clockwise) - km2) < 1e-6)
    }

    @Test("a hole is subtracted from its shell")
    func holeSubtracted() throws {
        let polygon = try Geometry(wkt: "POLYGON((0 0, 2 0, 2 2, 0 2, 0 0), (0.5 0.5, 1.5 0.5, 1.5 1.5, 0.5 1.5, 0.5 0.5))")
        let shell = GeodesicArea.ringKm2([0, 0, 2, 0, 2, 2, 0, 2, 0, 0])
        let hole = GeodesicArea.ringKm2([0.5, 0.5, 1.5, 0.5, 1.5, 1.5, 0.5, 1.5, 0.5, 0.5])
        #expect(abs(try polygon.geodesicAreaKm2() - (shell - hole)) < 1e-9)
    }
}
