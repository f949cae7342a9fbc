import Foundation
import Testing
import TestSupport

/// Exit statuses mean something, and the same inputs give the same bytes in two processes.
@Suite("Exit statuses and determinism of the binary")
struct ExitStatusTests {
    static let scenario = "scenarios/default-2025.yaml"

    @Test("0 when all is met; 1 for an input error, writing nothing; 3 when written but not met, said on standard error; 64 for usage")
    func statuses() throws {
        let folder = try SharedData.temporaryFolder()
        let met = try Sasaran.run(["rank", "--scenario", Self.scenario, "--output", folder.path + "/met.csv"])
        #expect(met.status == 0, "\(met.stderr)")

        let missing = try Sasaran.run(["rank", "--boundaries", "nope.shp", "--indicators", "nope.csv", "--code-column", "c", "--value", "v",
                                       "--output", folder.path + "/missing.csv"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("nope"))
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/missing.csv"))

        let flags = ["rank", "--boundaries", "Shapefiles/idn_kabkota_schematic.shp", "--code-field", "KODE_KMD", "--name-field", "NAMA",
                     "--parent-field", "KODE_PROV", "--indicators", "Shapefiles/bps_poverty_kabkota_2015_2025.csv",
                     "--code-column", "kode_kemendagri_2025", "--value", "jumlah_miskin_ribu", "--where", "tahun=2025"]
        let unmet = try Sasaran.run(flags + ["--target", "0.75", "--max-per-parent", "3", "--output", folder.path + "/unmet.csv"])
        #expect(unmet.status == 3, "\(unmet.stderr)")
        #expect(unmet.stderr.contains("not met: target 75% not met: "), "\(unmet.stderr)")
        #expect(unmet.stderr.contains("limited by max 3 per parent"))
        #expect(FileManager.default.fileExists(atPath: folder.path + "/unmet.csv"), "the list is written before exiting 3")

        let usage = try Sasaran.run(["rank", "--no-such-flag"])
        #expect(usage.status == 64)
        let conflicting = try Sasaran.run(flags + ["--target", "0.5", "--count", "3"])
        #expect(conflicting.status == 64)
    }

    @Test("a filter that matches nothing is an error listing what exists; a focus code that is no parent too")
    func emptyFilters() throws {
        let only = try Sasaran.run(["rank", "--boundaries", "Shapefiles/idn_kabkota_schematic.shp", "--code-field", "KODE_KMD",
                                    "--parent-field", "KODE_PROV", "--indicators", "Shapefiles/bps_poverty_kabkota_2015_2025.csv",
                                    "--code-column", "kode_kemendagri_2025", "--value", "jumlah_miskin_ribu", "--where", "tahun=2025",
                                    "--only", "TIPE=Kab"])
        #expect(only.status == 1)
        #expect(only.stderr.contains("TIPE=Kab matches no region; TIPE has: Kabupaten, Kota"), "\(only.stderr)")
        let focus = try Sasaran.run(["rank", "--boundaries", "Shapefiles/idn_kabkota_schematic.shp", "--code-field", "KODE_KMD",
                                     "--parent-field", "KODE_PROV", "--indicators", "Shapefiles/bps_poverty_kabkota_2015_2025.csv",
                                     "--code-column", "kode_kemendagri_2025", "--value", "jumlah_miskin_ribu", "--where", "tahun=2025",
                                     "--focus", "32,99"])
        #expect(focus.status == 1)
        #expect(focus.stderr.contains("focus parents not in the layer: 99"), "\(focus.stderr)")
        let year = try Sasaran.run(["rank", "--boundaries", "Shapefiles/idn_kabkota_schematic.shp", "--code-field", "KODE_KMD",
                                    "--indicators", "Shapefiles/bps_poverty_kabkota_2015_2025.csv",
                                    "--code-column", "kode_kemendagri_2025", "--value", "jumlah_miskin_ribu", "--where", "tahun=2030"])
        #expect(year.status == 1)
        #expect(year.stderr.contains("2025"), "the values of tahun that exist are listed: \(year.stderr)")
    }

    @Test("two processes give byte-identical files in every format")
    func twoProcesses() throws {
        let names = ["list.txt", "list.csv", "list.json", "list.geojson", "list.md", "map.svg", "report.html"]
        var runs: [[Data]] = []
        for run in 0..<2 {
            let folder = try SharedData.temporaryFolder()
            let outputs = names.flatMap { ["--output", folder.path + "/" + $0] }
            for arguments in [["rank", "--scenario", "scenarios/design-2021.yaml"] + outputs,
                              ["rank", "--scenario", Self.scenario, "--all-regions", "--output", folder.path + "/all.geojson"]] {
                let result = try Sasaran.run(arguments)
                #expect(result.status == 0, "run \(run): \(result.stderr)")
            }
            runs.append(try (names + ["all.geojson", "list.manifest.json"]).map { try Data(contentsOf: folder.appendingPathComponent($0)) })
        }
        for (k, name) in (names + ["all.geojson", "list.manifest.json"]).enumerated() {
            #expect(runs[0][k] == runs[1][k], "\(name) differs between two processes")
            #expect(!runs[0][k].isEmpty)
        }
    }

    @Test("the default run prints province names, not codes")
    func provinceNames() throws {
        let run = try Sasaran.run(["rank", "--scenario", Self.scenario])
        #expect(run.status == 0)
        #expect(run.stdout.contains("  32.01  Kabupaten Bogor"))
        #expect(run.stdout.contains("Jawa Barat"))
        let json = try Sasaran.run(["rank", "--scenario", Self.scenario, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let first = try #require((object["selected"] as? [[String: Any]])?.first)
        #expect(first["parentName"] as? String == "Jawa Barat")
        let parents = try #require(object["parents"] as? [[String: Any]])
        #expect(parents.first { $0["parent"] as? String == "32" }?["name"] as? String == "Jawa Barat")
    }
}
