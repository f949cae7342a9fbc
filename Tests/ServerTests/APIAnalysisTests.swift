import Foundation
import Testing
import TestSupport

/// `POST /api/compare`, `/api/curve`, `/api/uncertainty` and `/api/households` answer the
/// documents the CLI commands of the same names write with `--format json`, for the same inputs.
@Suite(.serialized) struct APIAnalysisTests {
    static let scenario = "scenarios/default-2025.yaml"

    /// A scenario file equal to the default with `keys` (YAML lines) in place of its rule.
    static func scenarioFile(_ keys: String, name: String, in folder: URL) throws -> String {
        let root = SharedData.projectRoot.path
        let yaml = """
            name: \(name)
            boundaries: {path: \(root)/Shapefiles/idn_kabkota_schematic.shp, code-field: KODE_KMD, name-field: NAMA, parent-field: KODE_PROV}
            indicators:
              path: \(root)/Shapefiles/bps_poverty_kabkota_2015_2025.csv
              code-column: kode_kemendagri_2025
              value: jumlah_miskin_ribu
              population: penduduk_implied_ribu
              where: {tahun: "2025"}
            \(keys)
            """
        let file = folder.appendingPathComponent("\(UUID().uuidString.prefix(8)).yaml").path
        try yaml.write(toFile: file, atomically: true, encoding: .utf8)
        return file
    }

    @Test func curveEqualsTheCLI() async throws {
        let server = try ServerProcess(["--scenario", Self.scenario])
        defer { server.stop() }
        let folder = try SharedData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cli = try sasaran(["curve", "--scenario", Self.scenario, "--format", "json"])
        #expect(cli.status == 0, "\(cli.stderr)")
        let api = try await HTTP.post(server.base + "/api/curve", json: "{}")
        #expect(api.status == 200)
        #expect(api.text == cli.stdout)
        #expect(api.text.contains("\"tradeOff\""))

        let file = try Self.scenarioFile("rank-by: rate\ntarget: 0.5", name: "by rate", in: folder)
        let changed = try sasaran(["curve", "--scenario", file, "--format", "json"])
        let changedAPI = try await HTTP.post(server.base + "/api/curve", json: #"{"rank-by": "rate", "target": 0.5}"#)
        #expect(changedAPI.status == 200, "\(changedAPI.text)")
        #expect(changedAPI.text == changed.stdout)
        #expect(changedAPI.text != api.text)
    }

    @Test func compareEqualsTheCLIOnTheTwoLists() async throws {
        let server = try ServerProcess(["--scenario", Self.scenario])
        defer { server.stop() }
        let folder = try SharedData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let a = try Self.scenarioFile("target: 0.5\nlock-in: [\"71.04\"]", name: "half", in: folder)
        let b = try Self.scenarioFile("target: 0.75\nmax-per-parent: 5", name: "quota", in: folder)
        let listA = folder.appendingPathComponent("a.json").path, listB = folder.appendingPathComponent("b.json").path
        for (file, list) in [(a, listA), (b, listB)] {
            let rank = try sasaran(["rank", "--scenario", file, "--output", list])
            #expect(rank.status == 0 || rank.status == 3, "\(rank.stderr)")
        }
        let cli = try sasaran(["compare", listA, listB, "--format", "json"])
        #expect(cli.status == 0, "\(cli.stderr)")
        let api = try await HTTP.post(server.base + "/api/compare", json: #"""
            {"a": {"name": "half", "target": 0.5, "lock-in": ["71.04"]}, "b": {"name": "quota", "target": 0.75, "max-per-parent": 5}}
            """#)
        #expect(api.status == 200, "\(api.text)")
        #expect(api.text == cli.stdout)

        let missing = try await HTTP.post(server.base + "/api/compare", json: #"{"a": {}}"#)
        #expect(missing.status == 422)
        #expect(try missing.json()["detail"] as? String == "give two lists to compare, a and b: {\"a\": {\"target\": 0.5}, \"b\": {\"target\": 0.75}}")
    }

    @Test func uncertaintyEqualsTheCLI() async throws {
        let server = try ServerProcess(["--scenario", Self.scenario])
        defer { server.stop() }
        let cli = try sasaran(["uncertainty", "--scenario", Self.scenario, "--cv", "0.1", "--replicates", "300", "--seed", "7",
                               "--distribution", "lognormal", "--format", "json"])
        #expect(cli.status == 0 || cli.status == 3, "\(cli.stderr)")
        let api = try await HTTP.post(server.base + "/api/uncertainty",
                                      json: #"{"cv": 0.1, "replicates": 300, "seed": 7, "distribution": "lognormal"}"#)
        #expect(api.status == 200, "\(api.text)")
        #expect(api.text == cli.stdout)

        let two = try await HTTP.post(server.base + "/api/uncertainty", json: #"{"cv": 0.1, "se": "x"}"#)
        #expect(two.status == 422)
        #expect(try two.json()["detail"] as? String == "give one of se (a column), cv-column (a column) and cv (a number)")
        let column = try await HTTP.post(server.base + "/api/uncertainty", json: #"{"se": "no_such_column"}"#)
        #expect(column.status == 422)
        #expect((try column.json()["detail"] as? String ?? "").contains("no_such_column"))
    }

    /// A register of 60 households in six districts, every combination of decile and programme.
    static func register() -> String {
        let codes = ["71.04", "81.01", "32.01", "32.04", "35.07", "11.01"]
        var lines = ["id,kode,desil,pkh,bpnt"]
        for k in 0..<60 {
            let code = codes[k % codes.count] + (k % 4 == 0 ? ".2001" : "")
            lines.append("h\(k),\(code),\(k % 10 + 1),\(k % 3 == 0 ? 1 : 0),\(k % 5 < 2 ? 1 : 0)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func householdsOnAnUploadedRegisterEqualTheCLI() async throws {
        let server = try ServerProcess(["--scenario", Self.scenario])
        defer { server.stop() }
        let folder = try SharedData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let register = folder.appendingPathComponent("register.csv").path
        try Self.register().write(toFile: register, atomically: true, encoding: .utf8)

        let body = #"{"register": "register.csv", "target": "desil<=2", "programmes": ["pkh", "bpnt"], "min-cell": 0, "priority": {}}"#
        let refused = try await HTTP.post(server.base + "/api/households", json: body)
        #expect(refused.status == 422)
        #expect(try refused.json()["detail"] as? String == "no uploaded table register.csv in this session: upload it first (POST /api/upload/register.csv)")

        let upload = try await HTTP.request("POST", server.base + "/api/upload/register.csv", body: Data(Self.register().utf8),
                                            headers: ["Content-Type": "text/csv"])
        #expect(upload.status == 200, "\(upload.text)")
        let cookie = try #require(upload.header("Set-Cookie")?.split(separator: ";").first.map(String.init))
        let api = try await HTTP.post(server.base + "/api/households", json: body, headers: ["Cookie": cookie])
        #expect(api.status == 200, "\(api.text)")

        let list = folder.appendingPathComponent("list.json").path
        _ = try sasaran(["rank", "--scenario", Self.scenario, "--output", list])
        let cli = try sasaran(["households", "--register", register, "--boundaries", "Shapefiles/idn_kabkota_schematic.shp",
                               "--code-field", "KODE_KMD", "--name-field", "NAMA", "--parent-field", "KODE_PROV",
                               "--target", "desil<=2", "--programmes", "pkh,bpnt", "--min-cell", "0", "--priority", list, "--format", "json"])
        #expect(cli.status == 0, "\(cli.stderr)")
        var ours = try api.json(), theirs = try #require(try JSONSerialization.jsonObject(with: Data(cli.stdout.utf8)) as? [String: Any])
        let manifest = try #require(ours["manifest"] as? [String: Any])
        let inputs = try #require(manifest["inputs"] as? [[String: Any]])
        #expect(inputs.first?["path"] as? String == "register.csv")
        let cliInputs = (theirs["manifest"] as? [String: Any])?["inputs"] as? [[String: Any]] ?? []
        #expect(inputs.first?["sha256"] as? String == cliInputs.first?["sha256"] as? String)
        #expect(!api.text.contains("sasaran-serve-"), "an answer names the upload folder")
        ours["manifest"] = nil
        theirs["manifest"] = nil
        #expect(ours as NSDictionary == theirs as NSDictionary)
        #expect((ours["priority"] as? [String: Any]) != nil)
    }
}
