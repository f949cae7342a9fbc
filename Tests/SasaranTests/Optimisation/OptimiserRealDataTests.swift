import Foundation
import Testing
import TestSupport
@testable import Sasaran

/// The exact optimiser on the real 2023 BPS figures of the 514 districts.
@Suite("Optimiser on the real 2023 data", SharedData.required)
struct OptimiserRealDataTests {
    static func regions() throws -> [JoinedRegion] {
        let table = try IndicatorTable.load(contentsOf: RealData.povertyURL(), columns: RealData.columns(year: 2023))
        return try table.join(to: RealData.layer(), options: JoinOptions(missing: .skip)).regions
    }

    static let figures = RegionFigures(valueColumn: "jumlah_miskin_ribu", populationColumn: "penduduk_implied_ribu")

    @Test("the exact minimum-count list equals the ranking's for one target with caps",
          arguments: [(0.3, 3), (0.5, 8), (0.75, 12), (0.6, nil as Int?)])
    func equalsRanking(target: Double, cap: Int?) throws {
        let regions = try Self.regions()
        let request = TargetingRequest(rule: .coverage(target), constraints: Constraints(maxPerParent: cap))
        let ranked = try Targeting.select(regions, request: request)
        let exact = try Optimiser.optimise(regions, request: request, optimisation: OptimisationRequest(), figures: Self.figures)
        #expect(exact.optimality.status == .optimal)
        #expect(exact.selection.codes == ranked.codes, "target \(target) cap \(String(describing: cap))")
        #expect(exact.greedyCodes == ranked.codes)
        #expect(exact.optimality.objective == Double(ranked.entries.count))
    }

    @Test("a budget (cost = population × unit cost): the objective equals HiGHS's on the same model",
          PythonPeer.required, arguments: [(2e12, nil as Int?), (5e11, nil as Int?), (3e12, 4 as Int?)])
    func budgetAgainstHighs(budget: Double, cap: Int?) throws {
        let regions = try Self.regions()
        let unitCost = 5e7  // rupiah per thousand people: 50,000 a person
        let request = TargetingRequest(rule: .constraintsOnly, constraints: Constraints(maxPerParent: cap))
        let optimisation = OptimisationRequest(cost: CostSpecification(column: "population", unitCost: unitCost), budget: budget)
        let exact = try Optimiser.optimise(regions, request: request, optimisation: optimisation, figures: Self.figures)
        var arguments = ["bps", try RealData.povertyURL().path, "2023", String(unitCost), String(budget)]
        if let cap { arguments.append(String(cap)) }
        let output = String(decoding: try PythonPeer.run("Tests/Peers/optimise_highspy.py", arguments), as: UTF8.self)
        let last = try #require(output.split(separator: "\n").last)
        let peer = try #require(try JSONSerialization.jsonObject(with: Data(last.utf8)) as? [String: Any])
        let peerObjective = try #require(peer["objective"] as? Double)
        #expect(exact.optimality.status == .optimal)
        #expect(abs(exact.optimality.objective! - peerObjective) <= 1e-9 * peerObjective, "CBC \(exact.optimality.objective!) vs HiGHS \(peerObjective)")
        #expect(abs(exact.selection.valueCovered - peerObjective) <= 1e-9 * peerObjective)
        #expect(exact.exact.cost! <= budget)
        #expect(exact.exact.objective >= exact.greedy.objective)
    }

    @Test("the 514 districts solve well under a second")
    func fast() throws {
        let regions = try Self.regions()
        let optimisation = OptimisationRequest(cost: CostSpecification(column: "population", unitCost: 5e7), budget: 2e12)
        let exact = try Optimiser.optimise(regions, request: TargetingRequest(rule: .constraintsOnly), optimisation: optimisation,
                                           figures: Self.figures)
        #expect(exact.optimality.seconds < 1, "\(exact.optimality.seconds) s")
    }
}
