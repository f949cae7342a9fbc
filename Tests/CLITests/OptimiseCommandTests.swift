import Foundation
import Testing
import TestSupport

/// `rank --optimise` on the binary: the JSON keys, the manifest's solver, the exit statuses.
@Suite("rank --optimise")
struct OptimiseCommandTests {
    static let flags = ["rank", "--boundaries", "Shapefiles/idn_kabkota_schematic.shp", "--code-field", "KODE_KMD", "--name-field", "NAMA",
                        "--parent-field", "KODE_PROV", "--indicators", "Shapefiles/bps_poverty_kabkota_2015_2025.csv",
                        "--code-column", "kode_kemendagri_2025", "--value", "jumlah_miskin_ribu", "--population", "penduduk_implied_ribu",
                        "--where", "tahun=2025"]

    @Test("a budget: optimality in the JSON beside the usual keys, the solver in the manifest, greedy beside exact, exit 0")
    func budget() throws {
        let folder = try SharedData.temporaryFolder()
        let run = try Sasaran.run(Self.flags + ["--optimise", "--cost-column", "population", "--unit-cost", "5e7", "--budget", "2e12",
                                                "--output", folder.path + "/list.json", "--output", folder.path + "/list.txt"])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("list.json"))) as? [String: Any])
        let optimality = try #require(json["optimality"] as? [String: Any])
        #expect(optimality["status"] as? String == "optimal")
        for key in ["objective", "bound", "gap", "seconds"] { #expect(optimality[key] is Double || optimality[key] is Int, "\(key)") }
        for key in ["selected", "coverage", "count", "parents", "manifest"] { #expect(json[key] != nil, "\(key)") }
        let manifest = try #require(json["manifest"] as? [String: Any])
        let parameters = try #require(manifest["parameters"] as? [String: String])
        #expect(parameters["solver"]?.hasPrefix("CBC ") == true)
        let text = try String(contentsOf: folder.appendingPathComponent("list.txt"), encoding: .utf8)
        #expect(text.contains("Greedy vs exact"))
    }

    @Test("constraints that cannot hold: the conflicting set said loudly, the relaxed list written, exit 3")
    func infeasible() throws {
        let folder = try SharedData.temporaryFolder()
        let run = try Sasaran.run(Self.flags + ["--optimise", "--target", "0.9", "--max-regions", "10",
                                                "--output", folder.path + "/list.csv"])
        #expect(run.status == 3, "\(run.stderr)")
        #expect(run.stderr.contains("INFEASIBLE"), "\(run.stderr)")
        #expect(run.stderr.contains("at most 10 regions"), "\(run.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.path + "/list.csv"))
    }

    @Test("optimise flags without --optimise, or a budget without a cost, are usage errors")
    func usage() throws {
        #expect(try Sasaran.run(Self.flags + ["--budget", "10"]).status == 64)
        #expect(try Sasaran.run(Self.flags + ["--optimise", "--budget", "10"]).status == 64)
        #expect(try Sasaran.run(Self.flags + ["--optimise", "--cover", "jumlah_miskin_ribu>=2"]).status == 64)
    }
}
