import Foundation
import Testing
import TestSupport

@Suite("sasaran locate")
struct LocateCommandTests {
    /// Two squares overlapping in x ∈ [1, 2], as GeoJSON.
    static let overlapping = """
    {"type":"FeatureCollection","features":[
    {"type":"Feature","properties":{"code":"A"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[2,0],[2,2],[0,2],[0,0]]]}},
    {"type":"Feature","properties":{"code":"B"},"geometry":{"type":"Polygon","coordinates":[[[1,0],[3,0],[3,2],[1,2],[1,0]]]}}
    ]}
    """

    @Test("writes id,code with an empty code outside and codes joined by ';' in overlaps")
    func locatesPoints() throws {
        let folder = try SharedData.temporaryFolder()
        let boundaries = folder.appendingPathComponent("squares.geojson").path
        let points = folder.appendingPathComponent("points.csv").path
        let output = folder.appendingPathComponent("located.csv").path
        try Self.overlapping.write(toFile: boundaries, atomically: true, encoding: .utf8)
        try "id,lon,lat\np1,0.5,0.5\np2,1.5,1.5\np3,2.5,0.5\n\"p 4\",5,5\n".write(toFile: points, atomically: true, encoding: .utf8)
        let result = try Sasaran.run(["locate", "--boundaries", boundaries, "--points", points, "--code-field", "code", "--output", output])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "id,code\np1,A\np2,A;B\np3,B\np 4,\n")
    }

    @Test("a coordinate that is not a number is an error naming file, line and column")
    func badNumber() throws {
        let folder = try SharedData.temporaryFolder()
        let boundaries = folder.appendingPathComponent("squares.geojson").path
        let points = folder.appendingPathComponent("points.csv").path
        try Self.overlapping.write(toFile: boundaries, atomically: true, encoding: .utf8)
        try "id,lon,lat\np1,0.5,0.5\np2,east,1.5\n".write(toFile: points, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("located.csv").path
        let result = try Sasaran.run(["locate", "--boundaries", boundaries, "--points", points, "--output", output])
        #expect(result.status != 0)
        #expect(result.stderr.contains("points.csv, record 3, field \"lon\": \"east\" is not a finite number"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output), "nothing half-written")
    }

    @Test("a point file given as boundaries is refused")
    func pointsAsBoundaries() throws {
        let folder = try SharedData.temporaryFolder()
        let boundaries = folder.appendingPathComponent("points.geojson").path
        try """
        {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"P"},"geometry":{"type":"Point","coordinates":[1,1]}}]}
        """.write(toFile: boundaries, atomically: true, encoding: .utf8)
        let points = folder.appendingPathComponent("p.csv").path
        try "id,lon,lat\n1,1,1\n".write(toFile: points, atomically: true, encoding: .utf8)
        let result = try Sasaran.run(["locate", "--boundaries", boundaries, "--points", points])
        #expect(result.status != 0)
        #expect(result.stderr.contains("record 1"))
        #expect(result.stderr.contains("boundaries must be polygons"))
    }
}
