import Foundation
import Testing
import TestSupport

/// `sasaran households` placing households by longitude and latitude through the real 514
/// districts, against an independent location: geopandas' spatial join of the same points
/// (Tests/Peers/households_located_peer.py) on a synthetic register.
@Suite("sasaran households placed by lon/lat", PythonPeer.required)
struct HouseholdsLocationTests {
    static let flags = ["--target", "desil<=1", "--programmes", "pkh,bpnt,pbi", "--weight-column", "bobot", "--min-cell", "0", "--format", "json"]

    /// The JSON without what says how the households were placed (the location check, the
    /// manifest's parameters).
    static func figures(_ stdout: String) throws -> NSDictionary {
        var object = try #require(try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any])
        object["manifest"] = nil
        object["location"] = nil
        return object as NSDictionary
    }

    @Test("placed by lon/lat, every household is in the district geopandas finds; with codes too, the 37 wrong codes are counted")
    func equalsGeopandas() throws {
        let folder = try SharedData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let register = folder.appendingPathComponent("synthetic-register.csv").path
        _ = try PythonPeer.run("scripts/synthetic-register", ["60000", register, "--weights", "--seed", "11",
                                                              "--data", SharedData.root.appendingPathComponent("idn").path])
        let located = folder.appendingPathComponent("synthetic-located.csv").path
        let shapefile = try SharedData.path("idn/boundaries/shp/kabkota_2025.shp")
        let peerData = try PythonPeer.run("Tests/Peers/households_located_peer.py", [shapefile, "KODE_KMD", register, located, "--wrong", "37"])
        let peer = try #require(try JSONSerialization.jsonObject(with: peerData) as? [String: Any])
        let rows = try #require(peer["rows"] as? Int)
        #expect(rows > 59000)
        let boundaries = try HouseholdsCommandTests.boundaryFlags()

        let byLocation = try Sasaran.run(["households", "--register", located, "--lon-column", "lon", "--lat-column", "lat"] + boundaries + Self.flags)
        #expect(byLocation.status == 0, "\(byLocation.stderr)")
        let byPeerCode = try Sasaran.run(["households", "--register", located, "--code-column", "kode_located"] + boundaries + Self.flags)
        #expect(byPeerCode.status == 0, "\(byPeerCode.stderr)")
        // Same rows, same districts: every figure of every district is the same, to the bit.
        #expect(try Self.figures(byLocation.stdout) == Self.figures(byPeerCode.stdout))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(byLocation.stdout.utf8)) as? [String: Any])
        #expect((object["location"] as? [String: Any])?["placedBy"] as? String == "location")
        // Unweighted, the households per district are geopandas' counts.
        let unweighted = try Sasaran.run(["households", "--register", located, "--lon-column", "lon", "--lat-column", "lat", "--min-cell", "0",
                                          "--target", "desil<=1", "--programmes", "pkh,bpnt,pbi", "--format", "json"] + boundaries)
        let expected = try #require(peer["districts"] as? [String: Int])
        let districts = try #require(try JSONSerialization.jsonObject(with: Data(unweighted.stdout.utf8)) as? [String: Any])["districts"] as? [[String: Any]]
        #expect(districts?.count == 514)
        for district in districts ?? [] {
            let code = district["code"] as? String ?? ""
            #expect((district["households"] as? NSNumber)?.intValue == expected[code] ?? 0, "\(code)")
        }

        // Codes and locations: placed by code, the disagreements counted.
        let both = try Sasaran.run(["households", "--register", located, "--code-column", "kode", "--lon-column", "lon", "--lat-column", "lat"]
            + boundaries + Self.flags)
        #expect(both.status == 0, "\(both.stderr)")
        let check = try #require(try JSONSerialization.jsonObject(with: Data(both.stdout.utf8)) as? [String: Any])["location"] as? [String: Any]
        #expect(check?["placedBy"] as? String == "code")
        #expect(check?["disagreeing"] as? Int == peer["disagreeing"] as? Int)
        #expect(check?["disagreeing"] as? Int == 37)
        #expect(check?["outside"] as? Int == 0)
        let byCode = try Sasaran.run(["households", "--register", located, "--code-column", "kode"] + boundaries + Self.flags)
        #expect(try Self.figures(both.stdout) == Self.figures(byCode.stdout))
    }

    @Test("a location in no district, or no number, is an error naming line and column, never the place; --unmatched warn counts it")
    func badLocations() throws {
        let folder = try SharedData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let register = folder.appendingPathComponent("register.csv").path
        let boundaries = try HouseholdsCommandTests.boundaryFlags()
        let flags = ["--target", "desil<=1", "--programmes", "pkh", "--lon-column", "lon", "--lat-column", "lat", "--format", "json"]
        // Banda Aceh, then the Indian Ocean.
        try "id,lon,lat,desil,pkh\n1,95.3238,5.5483,1,1\n2,80.5,-10.25,2,0\n".write(toFile: register, atomically: true, encoding: .utf8)
        let sea = try Sasaran.run(["households", "--register", register] + boundaries + flags)
        #expect(sea.status == 1)
        #expect(sea.stderr.contains("record 3, field \"lon\": the household's location (longitude, latitude) lies in no district"), "\(sea.stderr)")
        #expect(!sea.stderr.contains("80.5"), "the location is in the message: \(sea.stderr)")
        let counted = try Sasaran.run(["households", "--register", register, "--unmatched", "warn", "--min-cell", "0"] + boundaries + flags)
        #expect(counted.status == 0, "\(counted.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(counted.stdout.utf8)) as? [String: Any])
        #expect((object["register"] as? [String: Any])?["unmatched"] as? Int == 1)
        #expect((object["households"] as? NSNumber)?.doubleValue == 1)
        let banda = (object["districts"] as? [[String: Any]] ?? []).first { $0["code"] as? String == "11.71" }
        #expect((banda?["households"] as? NSNumber)?.doubleValue == 1)

        try "id,lon,lat,desil,pkh\n1,95.3238,north,1,1\n".write(toFile: register, atomically: true, encoding: .utf8)
        let word = try Sasaran.run(["households", "--register", register] + boundaries + flags)
        #expect(word.status == 1)
        #expect(word.stderr.contains("record 2, field \"lat\": \"north\" is not a latitude"), "\(word.stderr)")
        let half = try Sasaran.run(["households", "--register", register, "--lon-column", "lon"] + boundaries + ["--target", "desil<=1", "--programmes", "pkh"])
        #expect(half.status == 64)
    }
}
