import Foundation
import Testing
import TestSupport
@testable import Sasaran

@Suite("Scenario files: the index section")
struct IndexScenarioTests {
    func load(_ index: String) throws -> Scenario {
        let path = try SharedData.temporaryFolder().appendingPathComponent("scenario.yaml").path
        try """
        boundaries: {path: districts.shp}
        indicators: {path: poverty.csv, code-column: kode, value: miskin}
        index:
        \(index)
        """.write(toFile: path, atomically: true, encoding: .utf8)
        return try ScenarioFile.load(path: path)
    }

    func error(_ index: String) -> ScenarioError? {
        do { _ = try load(index); return nil } catch let error as ScenarioError { return error } catch { return nil }
    }

    @Test("components in order, a rule, classes and a further table with a crosswalk are read; paths resolve beside the file")
    func reads() throws {
        let scenario = try load("""
          components: ["p0:0.5", "-ipm:0.5"]
          normalise: rank
          eligible: "p0 >= 20 or ipm < 60"
          classes: 4
          class-method: dh
          tables:
            - {path: ipm.csv, code-column: kode_bps, columns: [ipm], where: {tahun: 2023},
               crosswalk: {path: cw.csv, from: bps, to: kmd}, unmatched: warn}
        """)
        let index = try #require(scenario.index)
        #expect(index.compositeDescription == "weighted rank: p0:0.5,-ipm:0.5")
        #expect(index.eligibility?.text == "p0 >= 20 or ipm < 60")
        #expect(index.classes?.count == 4 && index.classes?.method == .dh)
        let table = try #require(index.tables.first)
        #expect(table.path.hasSuffix("/ipm.csv") && table.path.hasPrefix("/"))
        #expect(table.filters == [RowFilter(column: "tahun", value: "2023")])
        #expect(table.crosswalk?.from == "bps" && table.unmatched == .warn)
        let af = try load("  deprivations: [\"p0>=15\", \"ipm<65\"]\n  k: 1")
        #expect(af.index?.compositeDescription == "alkire-foster k=1: p0>=15,ipm<65")
    }

    @Test("mistakes name the key", arguments: [
        ("  components: [\"p0:0.5\"]\n  colour: red", "index.colour", "unknown key"),
        ("  components: [\"p0\"]", "index.components", "item 1: 'p0' is not COLUMN:WEIGHT"),
        ("  components: [\"p0:1\"]\n  eligible: \"p0 >\"", "index.eligible", "column 5: expected a column name or a number"),
        ("  components: [\"p0\", \"q\"]\n  method: pca\n  normalise: minmax", "index.components", "first principal component of z-scores"),
        ("  components: [\"p0:1\"]\n  deprivations: [\"p0>1\"]", "index.deprivations", "not both"),
        ("  components: [\"p0:1\"]\n  tables:\n    - {path: a.csv, code-column: kode}", "index.tables[1].columns", "missing"),
    ])
    func mistakes(index: String, key: String, message: String) {
        let e = error(index)
        #expect(e?.key == key, "\(String(describing: e))")
        #expect(e?.message.contains(message) == true, "\(String(describing: e))")
    }
}
