import Foundation
import Testing
import TestSupport
@testable import Sasaran

@Suite("Scenario files")
struct ScenarioFileTests {
    func write(_ yaml: String) throws -> String {
        let path = try SharedData.temporaryFolder().appendingPathComponent("scenario.yaml").path
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("phases, constraints and filters are read; codes keep their digits; paths resolve beside the file")
    func readsPhases() throws {
        let path = try write("""
        name: design
        boundaries: {path: districts.shp, code-field: KODE_KMD, parent-field: KODE_PROV}
        indicators:
          path: data/poverty.csv
          code-column: kode
          value: miskin
          where: {tahun: 2021}
          missing: skip
        rank-by: count
        phases:
          - {name: first, count: 35, focus: [32, 33, 91], max-per-parent: 5, only: [TIPE=Kabupaten]}
          - {name: second, target: 0.75, lock-out: [32.10]}
        """)
        let scenario = try ScenarioFile.load(path: path)
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        #expect(scenario.name == "design")
        #expect(scenario.boundaries.path == folder + "/districts.shp")
        #expect(scenario.boundaries.options.parent == .field("KODE_PROV"))
        #expect(scenario.indicators.path == folder + "/data/poverty.csv")
        #expect(scenario.indicators.columns.filters == [RowFilter(column: "tahun", value: "2021")])
        #expect(scenario.indicators.missing == .skip)
        #expect(scenario.request.phases.count == 2)
        #expect(scenario.request.phases[0].rule == .count(35))
        #expect(scenario.request.phases[0].constraints.focusParents == ["32", "33", "91"])
        #expect(scenario.request.phases[0].constraints.maxPerParent == 5)
        #expect(scenario.request.phases[0].constraints.attributeFilters == [AttributeFilter(key: "TIPE", values: ["Kabupaten"])])
        #expect(scenario.request.phases[1].rule == .coverage(0.75))
        #expect(scenario.request.phases[1].constraints.lockOut == ["32.10"], "32.10 is a code, not the number 32.1")
    }

    @Test("a one-phase scenario takes the rule at the top level, 75% by default")
    func onePhase() throws {
        let path = try write("""
        boundaries: {path: /data/d.geojson}
        indicators: {path: /data/t.csv, code-column: code, value: v}
        """)
        let scenario = try ScenarioFile.load(path: path)
        #expect(scenario.name == "scenario")
        #expect(scenario.request.phases.map(\.rule) == [.coverage(0.75)])
    }

    @Test("errors name the file and the key", arguments: [
        ("boundaries: {path: a.shp}\nindicators: {path: t.csv, code-column: c, value: v}\ntarget: lots\n", "key \"target\": \"lots\" is not a number"),
        ("boundaries: {path: a.shp}\nindicators: {path: t.csv, code-column: c, value: v}\ntraget: 0.5\n", "key \"traget\": unknown key"),
        ("boundaries: {path: a.shp}\nindicators: {path: t.csv, value: v}\n", "key \"indicators.code-column\": missing"),
        ("boundaries: {path: a.shp}\nindicators: {path: t.csv, code-column: c, value: v}\nphases:\n  - {target: 0.5, count: 3}\n", "key \"phases[1]\": give one stop rule"),
        ("boundaries: {path: a.shp}\nindicators: {path: t.csv, code-column: c, value: v, missing: maybe}\n", "\"maybe\" is not one of error, skip"),
        ("boundaries: [unclosed\n", "not valid YAML"),
    ])
    func errors(yaml: String, message: String) throws {
        let path = try write(yaml)
        #expect {
            try ScenarioFile.load(path: path)
        } throws: { error in
            "\(error)".contains(path) && "\(error)".contains(message)
        }
    }
}
