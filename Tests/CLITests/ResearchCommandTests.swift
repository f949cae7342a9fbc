import Foundation
import Testing
import TestSupport

@Suite("sasaran run, compare, curve, uncertainty, years, budget", SharedData.required)
struct ResearchCommandTests {
    static func rankArguments(year: Int) throws -> [String] {
        ["--boundaries", try SharedData.path("idn/boundaries/shp/kabkota_2025.shp"), "--code-field", "KODE_KMD", "--name-field", "NAMA",
         "--parent-field", "KODE_PROV", "--indicators", try SharedData.path("idn/poverty/bps_poverty_kabkota_2015_2025.csv"),
         "--code-column", "kode_kemendagri_2025", "--value", "jumlah_miskin_ribu", "--population", "penduduk_implied_ribu",
         "--where", "tahun=\(year)"]
    }

    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test("compare A.json B.json --format json gives both, onlyA, onlyB and jaccard for two rank outputs")
    func compareContract() throws {
        let folder = try SharedData.temporaryFolder()
        var lists: [[String]] = []
        for year in [2021, 2023] {
            let path = folder.appendingPathComponent("\(year).json").path
            let rank = try Sasaran.run(["rank"] + Self.rankArguments(year: year) + ["--target", "0.75", "--format", "json", "--output", path])
            #expect(rank.status == 0, "\(rank.stderr)")
            let selected = try #require(try json(String(contentsOfFile: path, encoding: .utf8))["selected"] as? [[String: Any]])
            lists.append(selected.compactMap { $0["code"] as? String })
        }
        let result = try Sasaran.run(["compare", folder.appendingPathComponent("2021.json").path,
                                      folder.appendingPathComponent("2023.json").path, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try json(result.stdout)
        let (a, b) = (Set(lists[0]), Set(lists[1]))
        #expect(object["both"] as? [String] == a.intersection(b).sorted())
        #expect(object["onlyA"] as? [String] == a.subtracting(b).sorted())
        #expect(object["onlyB"] as? [String] == b.subtracting(a).sorted())
        let jaccard = try #require(object["jaccard"] as? Double)
        #expect(abs(jaccard - Double(a.intersection(b).count) / Double(a.union(b).count)) < 1e-15)
    }

    @Test("run writes every list, the summary and the Jaccard matrix; compare --batch names two of its scenarios")
    func runBatch() throws {
        let folder = try SharedData.temporaryFolder()
        let file = folder.appendingPathComponent("batch.yaml").path
        try """
        base:
          boundaries: {path: \(try SharedData.path("idn/boundaries/shp/kabkota_2025.shp")), code-field: KODE_KMD, name-field: NAMA, parent-field: KODE_PROV}
          indicators: {path: \(try SharedData.path("idn/poverty/bps_poverty_kabkota_2015_2025.csv")), code-column: kode_kemendagri_2025, value: jumlah_miskin_ribu, population: penduduk_implied_ribu, where: {tahun: 2025}}
        grid:
          where: {tahun: [2021, 2023]}
          target: [0.5, 0.75]
        """.write(toFile: file, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("out").path
        let run = try Sasaran.run(["run", file, "--output-dir", out, "--format", "csv"])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 5)
        #expect(lines[0].hasPrefix("scenario,districts,provinces,coverage"))
        #expect(lines[3].hasPrefix("tahun=2023 target 0.5,"))
        let files = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        #expect(files == ["jaccard.csv", "lists", "summary.csv"])
        let lists = try FileManager.default.contentsOfDirectory(atPath: out + "/lists").sorted()
        #expect(lists == ["tahun-2021-target-0.5.csv", "tahun-2021-target-0.75.csv", "tahun-2023-target-0.5.csv", "tahun-2023-target-0.75.csv"])
        let compare = try Sasaran.run(["compare", "--batch", file, "tahun=2021 target 0.75", "tahun=2023 target 0.75", "--format", "json"])
        #expect(compare.status == 0, "\(compare.stderr)")
        #expect(try json(compare.stdout)["onlyA"] as? [String] == ["14.04", "18.05", "81.06"])
        let unknown = try Sasaran.run(["compare", "--batch", file, "nope", "tahun=2023 target 0.75"])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("no scenario named \"nope\""))
    }

    @Test("uncertainty: the same seed prints the same bytes; --cv 0 gives probabilities of 0 and 1")
    func uncertainty() throws {
        let arguments = ["uncertainty"] + (try Self.rankArguments(year: 2025)) + ["--cv", "0.1", "--replicates", "500", "--seed", "3", "--format", "csv"]
        let first = try Sasaran.run(arguments), second = try Sasaran.run(arguments)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout == second.stdout)
        let zero = try Sasaran.run(["uncertainty"] + (try Self.rankArguments(year: 2025)) + ["--cv", "0", "--replicates", "50", "--format", "json"])
        let districts = try #require(try json(zero.stdout)["districts"] as? [[String: Any]])
        #expect(districts.allSatisfy { [0, 1].contains($0["probability"] as? Double) })
        let both = try Sasaran.run(["uncertainty"] + (try Self.rankArguments(year: 2025)) + ["--cv", "0.1", "--se", "x"])
        #expect(both.status != 0)
        #expect(both.stderr.contains("give one of --se COLUMN, --cv-column COLUMN and --cv X"))
    }

    @Test("curve, years and budget run on the real data")
    func others() throws {
        let curve = try Sasaran.run(["curve"] + (try Self.rankArguments(year: 2025)) + ["--format", "csv"])
        #expect(curve.status == 0, "\(curve.stderr)")
        #expect(curve.stdout.split(separator: "\n").count == 515)
        let svg = try Sasaran.run(["curve"] + (try Self.rankArguments(year: 2025)) + ["--format", "svg"])
        #expect(svg.stdout.hasPrefix("<svg") && svg.stdout.contains("by rate"))
        let years = try Sasaran.run(["years"] + (try Self.rankArguments(year: 2025)) + ["--over", "tahun", "--values", "2021,2023", "--format", "json"])
        #expect(years.status == 0, "\(years.stderr)")
        #expect(try json(years.stdout)["steps"] as? [[String: Any]] != nil)
        let budget = try Sasaran.run(["budget"] + (try Self.rankArguments(year: 2025)) + ["--budget", "1000000", "--floor", "1000", "--cap", "20000", "--format", "csv"])
        #expect(budget.status == 0, "\(budget.stderr)")
        let amounts = budget.stdout.split(separator: "\n").dropFirst().map { Int($0.split(separator: ",").reversed()[2])! }
        #expect(amounts.reduce(0, +) == 1_000_000)
        let infeasible = try Sasaran.run(["budget"] + (try Self.rankArguments(year: 2025)) + ["--budget", "1000", "--floor", "10"])
        #expect(infeasible.status != 0)
        #expect(infeasible.stderr.contains("infeasible"))
    }
}
