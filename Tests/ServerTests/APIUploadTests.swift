import Foundation
@testable import SasaranServer
import Testing
import TestSupport

/// A session's own table: uploaded, parsed by the CLI's guarded reader (a bad one refused with
/// the CLI's words, naming no server path), used by `/api/rank`, limited and expiring.
@Suite(.serialized) struct APIUploadTests {
    @Test func badUploadSaysWhatTheCLISays() async throws {
        let server = try ServerProcess(["--scenario", "scenarios/default-2025.yaml"])
        defer { server.stop() }
        let folder = try SharedData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = "kode,angka\n11.01,3\n11.02,\"4\n11.03,5\n"
        let file = folder.appendingPathComponent("bad.csv").path
        try bad.write(toFile: file, atomically: true, encoding: .utf8)
        let cli = try sasaran(["rank", "--boundaries", "Shapefiles/idn_kabkota_schematic.shp", "--code-field", "KODE_KMD",
                               "--indicators", file, "--code-column", "kode", "--value", "angka"])
        #expect(cli.status != 0)
        let api = try await HTTP.request("POST", server.base + "/api/upload/bad.csv", body: Data(bad.utf8), headers: ["Content-Type": "text/csv"])
        #expect(api.status == 422)
        #expect(api.header("Content-Type") == "application/problem+json")
        let detail = try #require(try api.json()["detail"] as? String)
        #expect(detail.hasPrefix("bad.csv"), "\(detail)")
        #expect(cli.stderr.contains(folder.path + "/" + detail), "CLI: \(cli.stderr) API: \(detail)")
        #expect(!api.text.contains("sasaran-serve-"))
        #expect(api.header("Set-Cookie") == nil)

        let name = try await HTTP.request("POST", server.base + "/api/upload/..%2Fx.csv", body: Data("a\n1\n".utf8))
        #expect(name.status == 422 || name.status == 404)
        let big = try await HTTP.request("POST", server.base + "/api/upload/big.csv", body: Data(count: (16 << 20) + 1))
        #expect(big.status == 413)
    }

    /// An uploaded figures table joined by code ranks as the CLI ranks the same file.
    @Test func goodUploadIsRankedAsTheCLIRanksIt() async throws {
        let server = try ServerProcess(["--scenario", "scenarios/default-2025.yaml"])
        defer { server.stop() }
        let folder = try SharedData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let all = try await HTTP.post(server.base + "/api/rank", json: #"{"all": true}"#).json()
        let codes = (all["selected"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }.sorted()
        #expect(codes.count > 400)
        let figures = "kode,angka\n" + codes.enumerated().map { "\($1),\(($0 * 37) % 101 + 1)" }.joined(separator: "\n") + "\n"
        let file = folder.appendingPathComponent("figures.csv").path
        try figures.write(toFile: file, atomically: true, encoding: .utf8)

        let upload = try await HTTP.request("POST", server.base + "/api/upload/figures.csv", body: Data(figures.utf8), headers: ["Content-Type": "text/csv"])
        #expect(upload.status == 200, "\(upload.text)")
        let receipt = try upload.json()
        #expect(receipt["rows"] as? Int == codes.count)
        #expect(receipt["columns"] as? [String] == ["kode", "angka"])
        let cookie = try #require(upload.header("Set-Cookie")?.split(separator: ";").first.map(String.init))

        let override = #"{"target": 0.6, "indicators": {"upload": "figures.csv", "code-column": "kode", "value": "angka"}}"#
        let withoutSession = try await HTTP.post(server.base + "/api/rank", json: override)
        #expect(withoutSession.status == 422)
        let api = try await HTTP.post(server.base + "/api/rank", json: override, headers: ["Cookie": cookie])
        #expect(api.status == 200, "\(api.text)")
        #expect(!api.text.contains("sasaran-serve-"), "an answer names the upload folder")

        let root = SharedData.projectRoot.path
        let yaml = """
            name: BPS 2025, 75% of the poor (schematic boundaries)
            boundaries: {path: \(root)/Shapefiles/idn_kabkota_schematic.shp, code-field: KODE_KMD, name-field: NAMA, parent-field: KODE_PROV}
            indicators: {path: figures.csv, code-column: kode, value: angka}
            target: 0.6
            """
        let scenario = folder.appendingPathComponent("mine.yaml").path
        try yaml.write(toFile: scenario, atomically: true, encoding: .utf8)
        let cli = try sasaran(["rank", "--scenario", scenario, "--format", "json"])
        #expect(cli.status == 0 || cli.status == 3, "\(cli.stderr)")
        let (ours, oursInputs) = try Self.split(api.text), (theirs, theirsInputs) = try Self.split(cli.stdout)
        #expect(ours == theirs)
        #expect(oursInputs["indicators"]?["path"] as? String == "figures.csv")
        #expect(oursInputs["indicators"]?["sha256"] as? String == theirsInputs["indicators"]?["sha256"] as? String)

        // The saved scenario names the table by its name: beside the table, it ranks the same.
        let query = override.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
        let saved = try await HTTP.get(server.base + "/api/download/scenario.yaml?scenario=\(query)", headers: ["Cookie": cookie])
        #expect(saved.status == 200)
        #expect(!saved.text.contains("sasaran-serve-"))
        let savedFile = folder.appendingPathComponent("saved.yaml").path
        try saved.body.write(to: URL(fileURLWithPath: savedFile))
        let again = try sasaran(["rank", "--scenario", savedFile, "--format", "json"])
        #expect(try Self.split(again.stdout).0 == theirs)
    }

    /// The document without its manifest's scenario and indicators entries, and those entries by role.
    static func split(_ text: String) throws -> (NSDictionary, [String: [String: Any]]) {
        var object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any]
        var manifest = object["manifest"] as! [String: Any]
        let inputs = manifest["inputs"] as! [[String: Any]]
        var byRole: [String: [String: Any]] = [:]
        for input in inputs { byRole[input["role"] as! String] = input }
        manifest["inputs"] = inputs.filter { !["scenario", "indicators"].contains($0["role"] as? String) }
        object["manifest"] = manifest
        return (object as NSDictionary, byRole)
    }

    /// The store's limits: files a session, expiry with its folder, removal at the end.
    @Test func limitsAndExpiry() throws {
        let store = try UploadStore(limits: .init(maxBytes: 100, maxFiles: 2, maxSessions: 1, lifetime: 60))
        defer { store.removeAll() }
        let first = try store.store(Array("a,b\n1,2\n".utf8), name: "one.csv", session: nil)
        _ = try store.store(Array("a\n1\n".utf8), name: "two.csv", session: first.session)
        #expect(throws: RequestProblem.self) { try store.store(Array("a\n1\n".utf8), name: "three.csv", session: first.session) }
        #expect(throws: RequestProblem.self) { try store.store(Array("a\n1\n".utf8), name: "other.csv", session: nil) }
        #expect(throws: RequestProblem.self) { try store.store(Array(repeating: 0x61, count: 101), name: "one.csv", session: first.session) }
        let path = try store.path(of: "one.csv", session: first.session)
        #expect(FileManager.default.fileExists(atPath: path))
        #expect(store.scrub("at \(path): x") == "at one.csv: x")
        store.sweep(now: Date().addingTimeInterval(61))
        #expect(store.sessionCount == 0)
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(throws: RequestProblem.self) { try store.path(of: "one.csv", session: first.session) }
        store.removeAll()
        #expect(!FileManager.default.fileExists(atPath: store.root.path))
    }
}
