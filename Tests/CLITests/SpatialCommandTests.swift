import Foundation
import Testing
import TestSupport

@Suite("sasaran adjacency, pockets, hotspots, aggregate")
struct SpatialCommandTests {
    /// A 2 × 2 grid of unit squares, codes A B (bottom) C D (top), and an island E far east.
    static let grid = """
    {"type":"FeatureCollection","features":[
    {"type":"Feature","properties":{"code":"A","prov":"P1"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}},
    {"type":"Feature","properties":{"code":"B","prov":"P1"},"geometry":{"type":"Polygon","coordinates":[[[1,0],[2,0],[2,1],[1,1],[1,0]]]}},
    {"type":"Feature","properties":{"code":"C","prov":"P2"},"geometry":{"type":"Polygon","coordinates":[[[0,1],[1,1],[1,2],[0,2],[0,1]]]}},
    {"type":"Feature","properties":{"code":"D","prov":"P2"},"geometry":{"type":"Polygon","coordinates":[[[1,1],[2,1],[2,2],[1,2],[1,1]]]}},
    {"type":"Feature","properties":{"code":"E","prov":"P3"},"geometry":{"type":"Polygon","coordinates":[[[2.2,0],[3,0],[3,1],[2.2,1],[2.2,0]]]}}
    ]}
    """

    static func files() throws -> (folder: URL, boundaries: String) {
        let folder = try SharedData.temporaryFolder()
        let boundaries = folder.appendingPathComponent("grid.geojson").path
        try grid.write(toFile: boundaries, atomically: true, encoding: .utf8)
        return (folder, boundaries)
    }

    @Test("adjacency: CSV with a header, one row per unordered pair; rook drops corner contacts; sea bridges")
    func adjacencyCSV() throws {
        let (_, boundaries) = try Self.files()
        let queen = try Sasaran.run(["adjacency", "--boundaries", boundaries, "--code-field", "code"])
        #expect(queen.status == 0, "\(queen.stderr)")
        let lines = queen.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "code_a,code_b,kind,distance_km,shared_km")
        #expect(lines.dropFirst().map { $0.split(separator: ",").prefix(3).joined(separator: ",") }
                == ["A,B,rook", "A,C,rook", "A,D,queen", "B,C,queen", "B,D,rook", "C,D,rook"])
        #expect(queen.stderr.contains("1 islands; 2 components"), "\(queen.stderr)")
        let rook = try Sasaran.run(["adjacency", "--boundaries", boundaries, "--code-field", "code", "--contiguity", "rook"])
        #expect(rook.stdout.split(separator: "\n").count == 5)
        // E lies 0.2° (about 22 km) east of B.
        let bridged = try Sasaran.run(["adjacency", "--boundaries", boundaries, "--code-field", "code", "--sea-bridge-km", "30"])
        #expect(bridged.stdout.contains("\nB,E,bridge,22.2"), "\(bridged.stdout)")
        #expect(bridged.stderr.contains("1 components"), "\(bridged.stderr)")
        let tolerant = try Sasaran.run(["adjacency", "--boundaries", boundaries, "--code-field", "code", "--tolerance-km", "25"])
        #expect(tolerant.stdout.contains("\nB,E,rook,22.264,"), "\(tolerant.stdout)")
        #expect(tolerant.stdout.contains("\nD,E,queen,22.26"), "a corner within the tolerance: \(tolerant.stdout)")
    }

    @Test("adjacency: GAL and GWT")
    func weightsFiles() throws {
        let (folder, boundaries) = try Self.files()
        let gal = folder.appendingPathComponent("w.gal").path
        let result = try Sasaran.run(["adjacency", "--boundaries", boundaries, "--code-field", "code", "--format", "gal", "--output", gal])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try String(contentsOfFile: gal, encoding: .utf8) == "0 5 grid code\nA 3\nB C D\nB 3\nA C D\nC 3\nA B D\nD 3\nA B C\nE 0\n\n")
        let gwt = try Sasaran.run(["adjacency", "--boundaries", boundaries, "--code-field", "code", "--format", "gwt", "--contiguity", "rook"])
        #expect(gwt.stdout == "0 5 grid code\nA B 1\nA C 1\nB A 1\nB D 1\nC A 1\nC D 1\nD B 1\nD C 1\n")
    }

    @Test("aggregate: code,count[,weight] from CSV and from binary points, readable by rank")
    func aggregate() throws {
        let (folder, boundaries) = try Self.files()
        let points = folder.appendingPathComponent("p.csv").path
        try "id,lon,lat,weight\n1,0.5,0.5,2\n2,0.2,0.7,3\n3,1.5,1.5,1.5\n4,9,9,1\n".write(toFile: points, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("counts.csv").path
        let result = try Sasaran.run(["aggregate", "--boundaries", boundaries, "--code-field", "code", "--points", points, "--weight", "--output", output])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "code,count,weight\nA,2,5\nB,0,0\nC,0,0\nD,1,1.5\nE,0,0\n")
        #expect(result.stderr.contains("4 points: 3 in a region (0 in several, counted once), 1 outside"), "\(result.stderr)")
        let binary = folder.appendingPathComponent("p.bin").path
        let xy: [Double] = [0.5, 0.5, 0.2, 0.7, 1.5, 1.5, 9, 9]
        try xy.withUnsafeBytes { try Data($0).write(to: URL(fileURLWithPath: binary)) }
        let fromBinary = try Sasaran.run(["aggregate", "--boundaries", boundaries, "--code-field", "code", "--points", binary])
        #expect(fromBinary.stdout == "code,count\nA,2\nB,0\nC,0\nD,1\nE,0\n", "\(fromBinary.stderr)")
        let ranked = try Sasaran.run(["rank", "--boundaries", boundaries, "--code-field", "code", "--indicators", output,
                                      "--code-column", "code", "--value", "weight", "--format", "csv"])
        #expect(ranked.status == 0, "\(ranked.stderr)")
        #expect(ranked.stdout.split(separator: "\n").dropFirst().first?.hasPrefix("1,A,") == true, "\(ranked.stdout)")
    }

    @Test("pockets: JSON totals add up; GeoJSON has one dissolved feature per pocket; hotspots run")
    func pockets() throws {
        let (folder, boundaries) = try Self.files()
        let indicators = folder.appendingPathComponent("poor.csv").path
        try "code,poor\nA,40\nB,30\nC,1\nD,2\nE,27\n".write(toFile: indicators, atomically: true, encoding: .utf8)
        let common = ["--boundaries", boundaries, "--code-field", "code", "--parent-field", "prov", "--indicators", indicators,
                      "--code-column", "code", "--value", "poor", "--target", "0.9"]
        let json = try Sasaran.run(["pockets"] + common + ["--format", "json"])
        #expect(json.status == 0, "\(json.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any]
        let pockets = object["pockets"] as! [[String: Any]]
        #expect(pockets.map { $0["codes"] as! [String] } == [["A", "B"], ["E"]])
        #expect(pockets.map { $0["value"] as! Double } == [70, 27])
        #expect(object["value_covered"] as? Double == 97)
        let geojson = try Sasaran.run(["pockets"] + common + ["--format", "geojson"])
        let collection = try JSONSerialization.jsonObject(with: Data(geojson.stdout.utf8)) as! [String: Any]
        let features = collection["features"] as! [[String: Any]]
        #expect(features.count == 2)
        #expect((features[0]["geometry"] as! [String: Any])["type"] as? String == "Polygon", "A and B dissolve into one rectangle")
        let table = try Sasaran.run(["pockets"] + common)
        #expect(table.stdout.contains("2 pockets (1 of one region)"), "\(table.stdout)")
        let hot = try Sasaran.run(["hotspots"] + common + ["--permutations", "99", "--seed", "3", "--format", "csv"])
        #expect(hot.status == 0, "\(hot.stderr)")
        #expect(hot.stdout.hasPrefix("code,name,parent,value,neighbours,gi_star_z,p_sim,q_bh,class,selected\nA,A,P1,40,3,"), "\(hot.stdout)")
        let again = try Sasaran.run(["hotspots"] + common + ["--permutations", "99", "--seed", "3", "--format", "csv"])
        #expect(again.stdout == hot.stdout)
    }
}
