import Foundation
import Testing
import TestSupport

@Suite("sasaran convergence", SharedData.required)
struct ConvergenceCommandTests {
    /// The real 2023 figures: code → number of poor (thousands).
    static func poor2023() throws -> [(code: String, poor: Double)] {
        let text = try String(contentsOfFile: try SharedData.path("idn/poverty/bps_poverty_kabkota_2015_2025.csv"), encoding: .utf8)
        return text.split(whereSeparator: \.isNewline).dropFirst().compactMap { line in
            let f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard f[4] == "2023", let poor = Double(f[6]) else { return nil }
            return (f[0], poor)
        }
    }

    static func flags(_ programmes: String) throws -> [String] {
        ["--boundaries", try SharedData.path("idn/boundaries/shp/kabkota_2025.shp"), "--code-field", "KODE_KMD",
         "--name-field", "NAMA", "--parent-field", "KODE_PROV",
         "--indicators", try SharedData.path("idn/poverty/bps_poverty_kabkota_2015_2025.csv"),
         "--code-column", "kode_kemendagri_2025", "--value", "jumlah_miskin_ribu", "--where", "tahun=2023",
         "--programmes", programmes]
    }

    @Test("a wide table on the 75% list of 2023: JSON shares, leakage and gaps")
    func wideJSON() throws {
        let folder = try SharedData.temporaryFolder()
        let path = folder.appendingPathComponent("programmes.csv").path
        let rows = try Self.poor2023()
        let java = { (code: String) in (31...36).contains(Int(code.prefix(2))!) }
        let csv = "kode,Proportional,Even,Java\n" + rows.map { "\($0.code),\($0.poor * 10),100,\(java($0.code) ? String($0.poor * 20) : "-")" }
            .joined(separator: "\n") + "\n"
        try csv.write(toFile: path, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("convergence.json").path
        let result = try Sasaran.run(["convergence"] + Self.flags(path) + ["--wide", "--code-column-programmes", "kode", "--unit", "IDR million",
                                                             "--min-programmes", "3", "--core", "Java", "--format", "json",
                                                             "--output", out])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("priority districts"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out))) as? [String: Any])
        #expect(object["unit"] as? String == "IDR million")
        let phase = try #require((object["phases"] as? [[String: Any]])?.first)
        let programmes = try #require(phase["programmes"] as? [[String: Any]])
        let districts = try #require(phase["districts"] as? [[String: Any]])
        #expect(districts.count == 184)
        let listed = Set(districts.compactMap { $0["code"] as? String })
        let even = try #require(programmes.first { $0["programme"] as? String == "Even" })
        #expect(abs((even["shareInside"] as? Double ?? 0) - 184.0 / 514) < 1e-12)
        let javaRecord = try #require(programmes.first { $0["programme"] as? String == "Java" })
        let javaTotal = rows.filter { java($0.code) }.reduce(0) { $0 + $1.poor }
        let javaIn = rows.filter { java($0.code) && listed.contains($0.code) }.reduce(0) { $0 + $1.poor }
        #expect(abs((javaRecord["leakage"] as? Double ?? 0) - (1 - javaIn / javaTotal)) < 1e-12)
        let gaps = try #require(phase["gaps"] as? [String])
        #expect(gaps == districts.compactMap { $0["code"] as? String }.filter { !java($0) })
        let manifest = try #require(object["manifest"] as? [String: Any])
        let inputs = try #require(manifest["inputs"] as? [[String: Any]])
        #expect(inputs.contains { $0["role"] as? String == "programmes" })
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("convergence.manifest.json").path))
    }

    @Test("a scenario file with a programmes section, as a table")
    func scenarioTable() throws {
        let folder = try SharedData.temporaryFolder()
        let rows = try Self.poor2023()
        try ("programme,code,amount\n" + rows.map { "PKH,\($0.code),\($0.poor)" }.joined(separator: "\n") + "\n")
            .write(to: folder.appendingPathComponent("p.csv"), atomically: true, encoding: .utf8)
        let yaml = """
        name: convergence 2023
        boundaries: {path: \(try SharedData.path("idn/boundaries/shp/kabkota_2025.shp")), code-field: KODE_KMD, name-field: NAMA, parent-field: KODE_PROV}
        indicators:
          path: \(try SharedData.path("idn/poverty/bps_poverty_kabkota_2015_2025.csv"))
          code-column: kode_kemendagri_2025
          value: jumlah_miskin_ribu
          where: {tahun: "2023"}
        target: 0.75
        programmes: {path: p.csv, unit: households}
        """
        let scenario = folder.appendingPathComponent("s.yaml").path
        try yaml.write(toFile: scenario, atomically: true, encoding: .utf8)
        let result = try Sasaran.run(["convergence", "--scenario", scenario])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Convergence: convergence 2023"))
        #expect(result.stdout.contains("Unit        households"))
        #expect(result.stdout.contains("Gap districts: 0"))
    }

    @Test("a programme code that is not in the layer is an error naming it")
    func unknownCode() throws {
        let folder = try SharedData.temporaryFolder()
        let path = folder.appendingPathComponent("bad.csv").path
        try "programme,code,amount\nPKH,32.01,1\nPKH,99.99,1\n".write(toFile: path, atomically: true, encoding: .utf8)
        let result = try Sasaran.run(try ["convergence"] + Self.flags(path))
        #expect(result.status != 0)
        #expect(result.stderr.contains("bad.csv: 1 programme row(s) match no region of the layer: 99.99 (line 3)"), "\(result.stderr)")
    }
}
