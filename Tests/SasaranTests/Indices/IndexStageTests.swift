import Foundation
import Testing
import TestSupport
@testable import Sasaran

/// The index stage on a hand fixture, through ``ScenarioRunner``-free calls: a layer of two
/// levels, a table written to a temporary file.
@Suite("Index stage")
struct IndexStageTests {
    /// Province P (a region of the layer) and its districts P.1–P.4; figures by hand.
    static let csv = """
    code,poor,rate,ipm
    P,100,20,70
    P.1,40,30,60
    P.2,30,10,70
    P.3,20,20,65
    P.4,10,,75
    """

    static func scenario(_ index: IndexSpecification, missing: MissingPolicy = .skip, request: TargetingRequest = TargetingRequest(rule: .constraintsOnly)) throws -> (Scenario, [RegionKey], [JoinedRegion]) {
        let folder = try SharedData.temporaryFolder()
        let file = folder.appendingPathComponent("t.csv")
        try csv.write(to: file, atomically: true, encoding: .utf8)
        let columns = IndicatorColumns(code: "code", value: "poor")
        var scenario = Scenario(name: "t", boundaries: BoundaryInput(path: "-", options: LayerOptions()),
                                indicators: IndicatorInput(path: file.path, columns: columns, missing: missing, unmatched: .warn), request: request)
        scenario.index = index
        let layer = [RegionKey(code: "P", name: "P", parent: "X")] + (1...4).map { RegionKey(code: "P.\($0)", name: "P\($0)", parent: "P") }
        let joined = try IndicatorTable.load(contentsOf: file, columns: columns).join(to: layer)
        return (scenario, layer, joined.regions)
    }

    @Test("levels are normalised apart; a region without a component is locked out under skip, an error under error")
    func levelsAndMissing() throws {
        let spec = try IndexSpecification(composite: .weighted(try IndexComponent.parseList("rate:1,-ipm:1", weights: true)), normalisation: .minmax)
        let (scenario, layer, regions) = try Self.scenario(spec)
        #expect(RegionLevels.of(layer) == [0, 1, 1, 1, 1])
        // P alone in level 0 has no spread.
        #expect(throws: IndexError.noSpread(column: "rate", regions: 1)) { try IndexStage.run(spec, scenario: scenario, regions: regions, layer: layer) }
        let districts = Array(layer.dropFirst()), districtRegions = Array(regions.dropFirst())
        let out = try IndexStage.run(spec, scenario: scenario, regions: districtRegions, layer: districts)
        // P.4 has no rate: left out. P.1–P.3: rate minmax 1, 0, 0.5; -ipm: 1, 0, 0.5 → index 1, 0, 0.5.
        #expect(out.index.withoutIndex == ["P.4"])
        #expect(out.regions.map { $0.extras["index"] } == [1, 0, 0.5, nil])
        #expect(out.request.phases[0].constraints.lockOut == ["P.4"])
        #expect(out.request.rankKey == .column("index"))
        let selection = try Targeting.select(out.regions, request: out.request)
        #expect(selection.codes == ["P.1", "P.3", "P.2"])
        #expect(selection.total == 100)  // coverage stays on the count of every region
        let (strict, _, _) = try Self.scenario(spec, missing: .error)
        #expect(throws: IndexError.componentsMissing([("rate", ["P.4"])])) {
            try IndexStage.run(spec, scenario: strict, regions: districtRegions, layer: districts)
        }
    }

    @Test("eligibility locks out the refused; unknown columns are named with their position; lock-ins must be eligible")
    func eligibility() throws {
        let spec = try IndexSpecification(composite: nil, eligibility: try .init("rate >= 20 or poor < 15"))
        let (scenario, layer, regions) = try Self.scenario(spec)
        let out = try IndexStage.run(spec, scenario: scenario, regions: regions, layer: layer)
        #expect(out.index.eligibility?.eligible == ["P", "P.1", "P.3", "P.4"])
        #expect(out.index.eligibility?.notEligible == ["P.2"])
        #expect(out.request.phases[0].constraints.lockOut == ["P.2"])
        #expect(out.request.rankKey == .count)
        let bad = try IndexSpecification(composite: nil, eligibility: try .init("rate >= 20 or ipmm < 60"))
        do {
            _ = try IndexStage.run(bad, scenario: try Self.scenario(bad).0, regions: regions, layer: layer)
            Issue.record("no error")
        } catch let error as ExpressionError {
            #expect(error.position == 15)
            #expect(error.message == "unknown column 'ipmm'; available: code, poor, rate, ipm")
        }
        let locked = TargetingRequest(rule: .constraintsOnly, constraints: Constraints(lockIn: ["P.2"]))
        let (lockedScenario, _, _) = try Self.scenario(spec, request: locked)
        #expect(throws: IndexError.lockInNotEligible(rule: "rate >= 20 or poor < 15", codes: ["P.2"])) {
            try IndexStage.run(spec, scenario: lockedScenario, regions: regions, layer: layer)
        }
    }

    @Test("Alkire–Foster through the stage: counts, censored index, classes and a rule on the counts")
    func alkireFoster() throws {
        let spec = try IndexSpecification(composite: .alkireFoster(try AlkireFoster.parseDeprivations("rate>=20,ipm<70"), k: 2),
                                          eligibility: try .init("deprivations >= 1"), classes: (2, .equal))
        let (scenario, layer, regions) = try Self.scenario(spec)
        let out = try IndexStage.run(spec, scenario: scenario, regions: Array(regions.dropFirst()), layer: Array(layer.dropFirst()))
        #expect(out.regions.map { $0.extras["deprivations"] } == [2, 0, 2, nil])
        #expect(out.regions.map { $0.extras["index"] } == [1, 0, 1, nil])
        #expect(out.regions.map { $0.extras["index_class"] } == [2, 1, 2, nil])
        #expect(out.index.alkireFoster?.identified == 2 && out.index.alkireFoster?.adjustedHeadcount == 4.0 / 6)
        #expect(out.index.eligibility?.notEligible == ["P.2"])
        #expect(out.index.eligibility?.undecided == ["P.4"])
        #expect(out.index.outputColumns == ["rate", "rate_deprived", "ipm", "ipm_deprived", "deprivations", "index", "index_class"])
    }

    @Test("a component named like a computed column is refused; classes need an index; pca needs z")
    func conflicts() throws {
        #expect(throws: IndexError.reservedColumn("x_score")) {
            try IndexSpecification(composite: .weighted([IndexComponent(column: "x", weight: 1), IndexComponent(column: "x_score", weight: 1)]))
        }
        #expect(throws: IndexError.self) { try IndexSpecification(composite: nil, classes: (5, .quantile)) }
        #expect(throws: IndexError.self) {
            try IndexSpecification(composite: .pca([IndexComponent(column: "a"), IndexComponent(column: "b")]), normalisation: .rank)
        }
        #expect(throws: IndexError.invalidK(k: 3, dimensions: 2)) {
            try IndexSpecification(composite: .alkireFoster(try AlkireFoster.parseDeprivations("a>1,b<2"), k: 3))
        }
    }
}
