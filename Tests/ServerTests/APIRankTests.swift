import Foundation
import Testing
import TestSupport

/// `POST /api/rank` answers the document of `sasaran rank --format json`, byte for byte, for the
/// README's scenarios; an override answers what the CLI answers for the scenario file that says
/// the same.
@Suite(.serialized) struct APIRankTests {
    /// The README's scenario files on the embedded default.
    @Test(arguments: ["scenarios/default-2025.yaml", "scenarios/design-2021.yaml"])
    func emptyOverrideIsRanksDocument(scenario: String) async throws {
        let server = try ServerProcess(["--scenario", scenario])
        defer { server.stop() }
        let cli = try sasaran(["rank", "--scenario", scenario, "--format", "json"])
        #expect(cli.status == 0 || cli.status == 3, "\(cli.stderr)")
        let api = try await HTTP.post(server.base + "/api/rank", json: "{}")
        #expect(api.status == 200)
        #expect(api.header("Content-Type") == "application/json")
        #expect(api.text == cli.stdout)
    }

    /// The embedded default is served when no scenario is given, through `sasaran serve`.
    @Test func embeddedDefaultThroughTheMainBinary() async throws {
        let server = try ServerProcess([], binary: "sasaran", subcommand: ["serve"])
        defer { server.stop() }
        let cli = try sasaran(["rank", "--scenario", "scenarios/default-2025.yaml", "--format", "json"])
        let api = try await HTTP.post(server.base + "/api/rank", json: "")
        #expect(api.text == cli.stdout)
        let health = try await HTTP.get(server.base + "/api/health").json()
        #expect(health["status"] as? String == "ok")
        #expect(health["scenario"] as? String == "BPS 2025, 75% of the poor (schematic boundaries)")
    }

    /// The composite scenario of the README, on the real 514 districts.
    @Test(SharedData.required) func compositeOnRealDistricts() async throws {
        _ = try SharedData.require()
        let scenario = "scenarios/composite-2023.yaml"
        let server = try ServerProcess(["--scenario", scenario])
        defer { server.stop() }
        let cli = try sasaran(["rank", "--scenario", scenario, "--format", "json"])
        let api = try await HTTP.post(server.base + "/api/rank", json: "{}")
        #expect(api.status == 200)
        #expect(api.text == cli.stdout)
    }

    /// An override (target, lock-in, lock-out, year, quota) answers the document the CLI writes
    /// for a scenario file with the same keys, written here by hand; only the manifest's entry
    /// for the scenario file differs (another file). The downloaded scenario reproduces it too.
    @Test func overrideEqualsTheCLIOnTheSameScenario() async throws {
        let server = try ServerProcess(["--scenario", "scenarios/default-2025.yaml"])
        defer { server.stop() }
        let override = #"{"target": 0.5, "lock-in": ["71.04", "81.01"], "lock-out": ["32.01"], "max-per-parent": 12, "indicators": {"where": {"tahun": "2023"}}}"#
        let api = try await HTTP.post(server.base + "/api/rank", json: override)
        #expect(api.status == 200, "\(api.text)")

        let root = SharedData.projectRoot.path
        let yaml = """
            name: BPS 2025, 75% of the poor (schematic boundaries)
            boundaries: {path: \(root)/Shapefiles/idn_kabkota_schematic.shp, code-field: KODE_KMD, name-field: NAMA, parent-field: KODE_PROV}
            indicators:
              path: \(root)/Shapefiles/bps_poverty_kabkota_2015_2025.csv
              code-column: kode_kemendagri_2025
              value: jumlah_miskin_ribu
              population: penduduk_implied_ribu
              where: {tahun: "2023"}
            target: 0.5
            lock-in: ["71.04", "81.01"]
            lock-out: ["32.01"]
            max-per-parent: 12
            """
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sasaran-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("override.yaml").path
        try yaml.write(toFile: file, atomically: true, encoding: .utf8)
        let cli = try sasaran(["rank", "--scenario", file, "--format", "json"])
        #expect(cli.status == 0 || cli.status == 3, "\(cli.stderr)")
        #expect(try Self.withoutScenarioFile(api.text) == Self.withoutScenarioFile(cli.stdout))
        let selected = try JSONSerialization.jsonObject(with: api.body) as! [String: Any]
        let codes = (selected["selected"] as! [[String: Any]]).map { $0["code"] as! String }
        #expect(codes.contains("71.04") && codes.contains("81.01") && !codes.contains("32.01"))

        let query = override.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
        let saved = try await HTTP.get(server.base + "/api/download/scenario.yaml?scenario=\(query)")
        #expect(saved.status == 200)
        let savedFile = folder.appendingPathComponent("saved.yaml").path
        try saved.body.write(to: URL(fileURLWithPath: savedFile))
        let again = try sasaran(["rank", "--scenario", savedFile, "--format", "json"])
        #expect(try Self.withoutScenarioFile(again.stdout) == Self.withoutScenarioFile(cli.stdout))

        let csv = try await HTTP.get(server.base + "/api/download/list.csv?scenario=\(query)")
        let cliCSV = try sasaran(["rank", "--scenario", file, "--format", "csv"])
        #expect(csv.text == cliCSV.stdout)
        #expect(csv.header("Content-Disposition") == "attachment; filename=\"sasaran-list.csv\"")
    }

    /// Each province's own quota (the mapping form of max-per-parent and min-per-parent, with
    /// `other` for the rest) answers what the CLI answers for the scenario file that says it.
    @Test func provinceQuotasEqualTheCLI() async throws {
        let server = try ServerProcess(["--scenario", "scenarios/default-2025.yaml"])
        defer { server.stop() }
        let override = #"{"target": 0.6, "max-per-parent": {"33": 3, "35": 4, "other": 6}, "min-per-parent": {"94": 2}}"#
        let api = try await HTTP.post(server.base + "/api/rank", json: override)
        #expect(api.status == 200, "\(api.text)")
        let root = SharedData.projectRoot.path
        let yaml = """
            name: BPS 2025, 75% of the poor (schematic boundaries)
            boundaries: {path: \(root)/Shapefiles/idn_kabkota_schematic.shp, code-field: KODE_KMD, name-field: NAMA, parent-field: KODE_PROV}
            indicators:
              path: \(root)/Shapefiles/bps_poverty_kabkota_2015_2025.csv
              code-column: kode_kemendagri_2025
              value: jumlah_miskin_ribu
              population: penduduk_implied_ribu
              where: {tahun: "2025"}
            target: 0.6
            max-per-parent: {"33": 3, "35": 4, other: 6}
            min-per-parent: {"94": 2}
            """
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("sasaran-quota-\(UUID().uuidString).yaml").path
        try yaml.write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let cli = try sasaran(["rank", "--scenario", file, "--format", "json"])
        #expect(cli.status == 0 || cli.status == 3, "\(cli.stderr)")
        #expect(try Self.withoutScenarioFile(api.text) == Self.withoutScenarioFile(cli.stdout))
        let selected = (try api.json()["selected"] as? [[String: Any]] ?? []).compactMap { $0["parent"] as? String }
        var count: [String: Int] = [:]
        for parent in selected { count[parent, default: 0] += 1 }
        #expect((count["33"] ?? 0) <= 3 && (count["35"] ?? 0) <= 4 && (count["94"] ?? 0) >= 2)
        #expect(count.filter { !["33", "35"].contains($0.key) }.values.allSatisfy { $0 <= 6 })
        #expect(count["33"] == 3, "the quota binds in Jawa Tengah: \(count)")
    }

    /// The document as JSON with the manifest's scenario file entry taken out.
    static func withoutScenarioFile(_ text: String) throws -> NSDictionary {
        var object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any]
        var manifest = object["manifest"] as! [String: Any]
        manifest["inputs"] = (manifest["inputs"] as! [[String: Any]]).filter { $0["role"] as? String != "scenario" }
        object["manifest"] = manifest
        return object as NSDictionary
    }
}
