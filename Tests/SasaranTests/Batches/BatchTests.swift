import Foundation
import Testing
import TestSupport
@testable import Sasaran

@Suite("Scenario batches")
struct ResearchBatchFileTests {
    func write(_ yaml: String) throws -> String {
        let path = try SharedData.temporaryFolder().appendingPathComponent("batch.yaml").path
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    let base = """
    base:
      boundaries: {path: d.shp, code-field: KODE_KMD}
      indicators: {path: p.csv, code-column: kode, value: miskin, population: pop, where: {tahun: 2025, wilayah: all}}
      target: 0.75
    """

    @Test("named scenarios override only the keys they give; a stop rule replaces the base's")
    func overrides() throws {
        let batch = try ScenarioBatchFile.load(path: write(base + """

        scenarios:
          - {name: base}
          - {name: 2021 by rate, rank-by: rate, indicators: {where: {tahun: 2021}}}
          - {name: 35 districts, count: 35, max-per-parent: 5}
        """))
        #expect(batch.scenarios.map(\.name) == ["base", "2021 by rate", "35 districts"])
        let byRate = batch.scenarios[1]
        #expect(byRate.request.rankKey == .rate)
        #expect(byRate.indicators.columns.filters == [RowFilter(column: "tahun", value: "2021"), RowFilter(column: "wilayah", value: "all")])
        #expect(byRate.indicators.columns.population == "pop")
        #expect(byRate.request.phases[0].rule == .coverage(0.75))
        #expect(batch.scenarios[2].request.phases[0].rule == .count(35))
        #expect(batch.scenarios[2].request.phases[0].constraints.maxPerParent == 5)
        #expect(batch.scenarios[0].request.phases[0].constraints.maxPerParent == nil)
    }

    @Test("a grid expands to every combination, named by its parts, the where column varying slowest")
    func grid() throws {
        let batch = try ScenarioBatchFile.load(path: write(base + """

        grid:
          where: {tahun: [2019, 2020]}
          rank-by: [count, rate]
          target: [0.5, 0.9]
          constraints:
            - {name: free}
            - {name: max 5, max-per-parent: 5}
        """))
        #expect(batch.scenarios.count == 16)
        #expect(batch.scenarios.first?.name == "tahun=2019 count target 0.5 free")
        #expect(batch.scenarios.last?.name == "tahun=2020 rate target 0.9 max 5")
        let last = batch.scenarios.last!
        #expect(last.request.phases[0].rule == .coverage(0.9))
        #expect(last.request.phases[0].constraints.maxPerParent == 5)
        #expect(last.indicators.columns.filters.contains(RowFilter(column: "tahun", value: "2020")))
    }

    @Test("scenarios × grid, duplicate names and unknown keys are reported with the file and the key")
    func errors() throws {
        let both = try ScenarioBatchFile.load(path: write(base + "\nscenarios: [{name: a}, {name: b, count: 10}]\ngrid: {target: [0.5, 0.9]}"))
        #expect(both.scenarios.map(\.name) == ["a / target 0.5", "a / target 0.9", "b / target 0.5", "b / target 0.9"])
        #expect(both.scenarios[3].request.phases[0].rule == .coverage(0.9))
        let duplicate = thrown(ScenarioError.self) { _ = try ScenarioBatchFile.load(path: try write(base + "\nscenarios: [{name: a}, {name: a}]")) }
        #expect(duplicate?.message.contains("two scenarios are named \"a\"") == true)
        let unknown = thrown(ScenarioError.self) { _ = try ScenarioBatchFile.load(path: try write(base + "\nscenarios: [{name: a, traget: 0.5}]")) }
        #expect(unknown?.key == "traget")
        #expect(unknown?.message.contains("scenario \"a\"") == true)
        let missing = thrown(ScenarioError.self) { _ = try ScenarioBatch(name: "x", scenarios: []).scenario(named: "nope") }
        #expect(missing?.message.contains("no scenario named \"nope\"") == true)
    }
}

@Suite("Scenario batches on the real BPS data", SharedData.required)
struct ResearchBatchRealDataTests {
    @Test("targets 0.2/0.5/0.75/0.9 × years 2019–2025 × count/rate run in one batch; every summary row matches a single run")
    func grid() throws {
        let path = try ResearchFixture.batchFile("""
        grid:
          where: {tahun: [2019, 2020, 2021, 2022, 2023, 2024, 2025]}
          rank-by: [count, rate]
          target: [0.2, 0.5, 0.75, 0.9]
        """)
        let batch = try ScenarioBatchFile.load(path: path)
        #expect(batch.scenarios.count == 56)
        let results = try BatchRunner.run(batch)
        let rows = results.map(BatchSummaryRow.init)
        var k = 0
        for year in 2019...2025 {
            for key in [RankKey.count, .rate] {
                for target in [0.2, 0.5, 0.75, 0.9] {
                    let row = rows[k]
                    k += 1
                    #expect(row.scenario == "tahun=\(year) \(key) target \(target)")
                    let expected = try RealData.reference(year: year, target: target, byRate: key == .rate)
                    #expect(results[k - 1].selection.codes == expected, "\(row.scenario)")
                    #expect(row.districts == expected.count)
                    #expect(row.marginal == expected.last)
                    let single = try ScenarioRunner.run(ResearchFixture.scenario(year: year, target: target, key: key), layer: results[0].layer)
                    #expect(row.coverage == single.selection.coverage)
                    #expect(row.provinces == single.selection.parentsTouched.count)
                    let population = single.selection.entries.reduce(0) { $0 + $1.population! }
                    #expect(abs(try #require(row.populationCovered) - population) < 1e-6)
                }
            }
        }
    }
}
