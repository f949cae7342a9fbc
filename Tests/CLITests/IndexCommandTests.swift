import Foundation
import Testing
import TestSupport

@Suite("sasaran rank with an index, sasaran sensitivity", SharedData.required)
struct IndexCommandTests {
    static func arguments() throws -> [String] {
        try ResearchCommandTests.rankArguments(year: 2023) + ["--target", "0.75"]
    }

    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test("the composite scenario file runs from scenarios/: JSON has the index object and each district's components, scores and index")
    func scenarioFile() throws {
        let result = try Sasaran.run(["rank", "--scenario", "scenarios/composite-2023.yaml", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try json(result.stdout)
        let index = try #require(object["index"] as? [String: Any])
        #expect(index["method"] as? String == "weighted")
        #expect((index["classes"] as? [String: Any])?["count"] as? Int == 5)
        let eligibility = try #require(index["eligibility"] as? [String: Any])
        #expect(eligibility["rule"] as? String == "p0_persen >= 8 or jumlah_miskin_ribu >= 100")
        let tables = try #require(index["tables"] as? [[String: Any]])
        #expect(tables.count == 1 && (tables[0]["regionsWithoutRow"] as? [String])?.isEmpty == true)
        let selected = try #require(object["selected"] as? [[String: Any]])
        #expect(!selected.isEmpty)
        for key in ["p0_persen", "p0_persen_score", "jumlah_miskin_ribu", "jumlah_miskin_ribu_score", "ipm", "ipm_score", "index", "index_class"] {
            #expect(selected[0][key] is NSNumber, "\(key)")
        }
        #expect(selected.allSatisfy { $0["eligible"] as? Bool == true })
        let indices = selected.compactMap { $0["index"] as? Double }
        #expect(indices == indices.sorted(by: >))
        #expect(object["rankBy"] as? String == "index")
        let parameters = try #require((object["manifest"] as? [String: Any])?["parameters"] as? [String: String])
        #expect(parameters["eligible"] == "p0_persen >= 8 or jumlah_miskin_ribu >= 100")
        #expect(parameters["index"] == "weighted z: p0_persen:0.4,jumlah_miskin_ribu:0.4,-ipm:0.2")
        let inputs = try #require((object["manifest"] as? [String: Any])?["inputs"] as? [[String: Any]])
        #expect(inputs.contains { $0["role"] as? String == "component table" })
    }

    @Test("flags: --index with --table, CSV columns after the usual ones; the HTML report has the index section")
    func flags() throws {
        let folder = try SharedData.temporaryFolder()
        let ipm = try SharedData.path("idn/indicators/bps_ipm_kabkota_2020_2024.csv")
        let csv = folder.appendingPathComponent("list.csv").path, html = folder.appendingPathComponent("list.html").path
        let result = try Sasaran.run(["rank"] + Self.arguments() + [
            "--index", "p0_persen:0.5,-ipm:0.5", "--table", "\(ipm):kode_kemendagri_2025:ipm:tahun=2023",
            "--classes", "4", "--class-method", "dh", "--output", csv, "--output", html])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = try String(contentsOfFile: csv, encoding: .utf8).split(separator: "\n")
        #expect(lines[0].hasSuffix(",why,p0_persen,p0_persen_score,ipm,ipm_score,index,index_class"))
        let report = try String(contentsOfFile: html, encoding: .utf8)
        #expect(report.contains("<section id=\"index\">") && report.contains("id=\"index-classes\""))
    }

    @Test("a bad rule is a usage error showing the position; an unknown column lists the available ones")
    func badRules() throws {
        let bad = try Sasaran.run(["rank"] + Self.arguments() + ["--eligible", "p0_persen >= "])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("column 14: expected a column name or a number, found the end of the rule"))
        #expect(bad.stderr.contains("\n  " + String(repeating: " ", count: 13) + "^"))
        let unknown = try Sasaran.run(["rank"] + Self.arguments() + ["--eligible", "p0_persen >= 20 or ipmm < 60"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("column 20: unknown column 'ipmm'; available: kode_kemendagri_2025"))
        let both = try Sasaran.run(["rank", "--scenario", "scenarios/composite-2023.yaml", "--index", "p0_persen:1"])
        #expect(both.status == 64)
    }

    @Test("sasaran sensitivity: frequencies, rank intervals and Spearman's ρ as JSON, the same for the same seed")
    func sensitivity() throws {
        let arguments = ["sensitivity", "--scenario", "scenarios/composite-2023.yaml", "--concentration", "30", "--draws", "300",
                         "--seed", "9", "--format", "json"]
        let a = try Sasaran.run(arguments), b = try Sasaran.run(arguments)
        #expect(a.status == 0, "\(a.stderr)")
        #expect(a.stdout == b.stdout)
        let object = try json(a.stdout)
        #expect(object["draws"] as? Int == 300)
        #expect((object["weights"] as? [[String: Any]])?.count == 3)
        let districts = try #require(object["districts"] as? [[String: Any]])
        let first = try #require(districts.first)
        for key in ["code", "baselineRank", "baselineSelected", "timesSelected", "frequency", "rankP5", "rankP95"] {
            #expect(first[key] != nil, "\(key)")
        }
        let spearman = try #require(object["spearman"] as? [String: Any])
        #expect((spearman["median"] as? Double).map { $0 > 0.5 && $0 <= 1 } == true)
        let plain = try Sasaran.run(["sensitivity"] + Self.arguments() + ["--vary", "0.2", "--draws", "50"])
        #expect(plain.status != 0 && plain.stderr.contains("weighted composite index"))
    }
}
