import Foundation
import Testing
import TestSupport
@testable import Sasaran

@Suite("Exact selection in scenario files and in phases")
struct OptimiseScenarioTests {
    func write(_ yaml: String) throws -> String {
        let path = try SharedData.temporaryFolder().appendingPathComponent("scenario.yaml").path
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("the optimise: section is read, covers as a mapping or as text; unknown keys are errors naming them")
    func section() throws {
        let base = """
        boundaries: {path: districts.shp}
        indicators: {path: poverty.csv, code-column: kode, value: miskin}

        """
        let scenario = try ScenarioFile.load(path: try write(base + """
        optimise:
          cover: {miskin: 0.75, penduduk: 60%}
          cost-column: penduduk
          unit-cost: 50000
          budget: 2.0e12
          time-limit: 30
          alternatives: 2
          within: 0.02
          min-difference: 3
        """))
        let o = try #require(scenario.optimisation)
        #expect(o.covers == [CoverTarget(column: "miskin", share: 0.75), CoverTarget(column: "penduduk", share: 0.6)])
        #expect(o.cost == CostSpecification(column: "penduduk", unitCost: 50000))
        #expect(o.budget == 2e12)
        #expect(o.timeLimit == 30 && o.alternatives == 2 && o.within == 0.02 && o.minDifference == 3)
        let text = try ScenarioFile.load(path: try write(base + "optimise: {cover: \"miskin>=0.5,penduduk>=0.4\"}"))
        #expect(text.optimisation?.covers.count == 2)
        let unknown = thrown(ScenarioError.self) { _ = try ScenarioFile.load(path: try write(base + "optimise: {budgett: 5}")) }
        #expect(unknown?.description.contains("budgett") == true, "\(String(describing: unknown))")
        let noCost = thrown(ScenarioError.self) { _ = try ScenarioFile.load(path: try write(base + "optimise: {budget: 5}")) }
        #expect(noCost?.description.contains("needs a cost") == true, "\(String(describing: noCost))")
    }

    @Test("the 2021 design in phases, optimised: each phase with the earlier locked in gives the ranking's list")
    func design2021() throws {
        let path = SharedData.projectRoot.appendingPathComponent("scenarios/design-2021.yaml").path
        var scenario = try ScenarioFile.load(path: path)
        let ranked = try ScenarioRunner.run(scenario)
        scenario.optimisation = OptimisationRequest()
        let exact = try ScenarioRunner.run(scenario)
        let outcome = try #require(exact.optimisation)
        #expect(outcome.optimality.status == .optimal)
        #expect(exact.selection.codes == ranked.selection.codes)
        #expect(exact.selection.entries.map(\.phase) == ranked.selection.entries.map(\.phase))
        #expect(exact.manifest.parameters["solver"] == CBCSolver.version)
    }
}
