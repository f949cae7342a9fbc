import Foundation
import Testing
import TestSupport
@testable import Sasaran

/// Hand cases small enough to check every subset.
@Suite("Optimiser: exact selection on hand cases, checked by enumerating every list")
struct OptimiserHandTests {
    /// Twelve regions in three parents, with a value, a second count and a cost.
    static let regions: [JoinedRegion] = {
        let values: [Double] = [40, 35, 30, 22, 18, 15, 12, 10, 8, 6, 3, 1]
        let second: [Double] = [1, 2, 9, 3, 12, 4, 8, 2, 7, 1, 5, 6]
        let cost: [Double] = [50, 30, 45, 10, 25, 12, 8, 9, 4, 6, 2, 1]
        return values.indices.map { i in
            JoinedRegion(key: RegionKey(code: String(format: "R%02d", i), name: "Region \(i)", parent: ["A", "B", "C"][i % 3]),
                         value: values[i], population: cost[i], extras: ["second": second[i]])
        }
    }()
    static let figures = RegionFigures(valueColumn: "value", populationColumn: "population")

    /// Every subset of the twelve regions, as a bit mask, that passes `keep`.
    static func subsets(_ keep: (Set<Int>) -> Bool) -> [Set<Int>] {
        (0..<(1 << regions.count)).compactMap { mask in
            let set = Set((0..<regions.count).filter { mask & (1 << $0) != 0 })
            return keep(set) ? set : nil
        }
    }

    static func sum(_ set: Set<Int>, _ f: (JoinedRegion) -> Double) -> Double { set.reduce(0) { $0 + f(regions[$1]) } }
    static let totalValue = regions.reduce(0) { $0 + $1.value! }
    static let totalSecond = regions.reduce(0) { $0 + $1.extras["second"]! }
    static func indices(_ s: Selection) -> Set<Int> { Set(s.entries.map(\.index)) }

    @Test("two cover targets at once: the fewest regions, as enumeration finds")
    func twoCovers() throws {
        let request = TargetingRequest(rule: .coverage(0.6))
        let optimisation = OptimisationRequest(covers: [CoverTarget(column: "second", share: 0.5)])
        let outcome = try Optimiser.optimise(Self.regions, request: request, optimisation: optimisation, figures: Self.figures)
        let feasible = Self.subsets { s in
            Self.sum(s) { $0.value! } >= 0.6 * Self.totalValue - 1e-9 && Self.sum(s) { $0.extras["second"]! } >= 0.5 * Self.totalSecond - 1e-9
        }
        let fewest = feasible.map(\.count).min()!
        let chosen = Self.indices(outcome.selection)
        #expect(outcome.optimality.status == .optimal)
        #expect(chosen.count == fewest)
        #expect(Self.sum(chosen) { $0.value! } >= 0.6 * Self.totalValue - 1e-9)
        #expect(Self.sum(chosen) { $0.extras["second"]! } >= 0.5 * Self.totalSecond - 1e-9)
        // The tie-break: the most value among the fewest.
        let most = feasible.filter { $0.count == fewest }.map { Self.sum($0) { $0.value! } }.max()!
        #expect(abs(Self.sum(chosen) { $0.value! } - most) < 1e-9)
        #expect(outcome.optimality.objective == Double(fewest))
        #expect(outcome.isSatisfied)
    }

    @Test("a budget with a cap per parent: the most value, as enumeration finds")
    func budgetWithCaps() throws {
        let request = TargetingRequest(rule: .constraintsOnly, constraints: Constraints(maxPerParent: 3))
        let optimisation = OptimisationRequest(cost: CostSpecification(column: "population", unitCost: 2), budget: 120)
        let outcome = try Optimiser.optimise(Self.regions, request: request, optimisation: optimisation, figures: Self.figures)
        let best = Self.subsets { s in
            Self.sum(s) { 2 * $0.population! } <= 120 && ["A", "B", "C"].allSatisfy { p in s.filter { Self.regions[$0].key.parent == p }.count <= 3 }
        }.map { Self.sum($0) { $0.value! } }.max()!
        let chosen = Self.indices(outcome.selection)
        #expect(abs(Self.sum(chosen) { $0.value! } - best) < 1e-9)
        #expect(Self.sum(chosen) { 2 * $0.population! } <= 120)
        #expect(outcome.optimality.status == .optimal)
        #expect(abs(outcome.optimality.objective! - best) < 1e-9)
        #expect(outcome.exact.objective >= outcome.greedy.objective)
    }

    @Test("a budget share per parent: no parent's regions cost more than it, the most value as enumeration finds")
    func parentBudgetShare() throws {
        var optimisation = OptimisationRequest(cost: CostSpecification(column: "population", unitCost: 2), budget: 120)
        optimisation.parentBudgetShare = 0.3
        let outcome = try Optimiser.optimise(Self.regions, request: TargetingRequest(rule: .constraintsOnly), optimisation: optimisation,
                                             figures: Self.figures)
        func cost(_ s: Set<Int>, _ p: String) -> Double { Self.sum(s.filter { Self.regions[$0].key.parent == p }) { 2 * $0.population! } }
        let best = Self.subsets { s in Self.sum(s) { 2 * $0.population! } <= 120 && ["A", "B", "C"].allSatisfy { cost(s, $0) <= 36 } }
            .map { Self.sum($0) { $0.value! } }.max()!
        let chosen = Self.indices(outcome.selection)
        #expect(abs(Self.sum(chosen) { $0.value! } - best) < 1e-9)
        #expect(["A", "B", "C"].allSatisfy { cost(chosen, $0) <= 36 })
        // A minimum of 3 in B (72) against B's share of a 140 budget at 0.5 (70): that pair.
        var tight = OptimisationRequest(cost: CostSpecification(column: "population", unitCost: 2), budget: 140)
        tight.parentBudgetShare = 0.5
        let conflict = try Optimiser.optimise(Self.regions, request: TargetingRequest(rule: .constraintsOnly,
                                              constraints: Constraints(focusParents: ["B"], minPerParent: 3)),
                                              optimisation: tight, figures: Self.figures)
        let first = try #require(conflict.infeasibilities.first)
        #expect(first.conflicting.map(\.kind) == [.minPerParent, .parentBudget], "\(first.conflicting.map(\.label))")
        #expect(first.explanation == "at least 3 in B costs at least 72.00 in B, more than the 50% budget share of B (70.00)", "\(first.explanation)")
    }

    @Test("parent minimums the budget cannot pay for: one irreducible pair is named, with its numbers")
    func plantedConflict() throws {
        // The three cheapest of each parent, at 2 a unit: A 6+8+10 → 48, B 2+9+25 → 72, C 1+4+12 → 34.
        // A budget of 40 fails A and B each alone: the filter keeps the later one (B) with the budget.
        let request = TargetingRequest(rule: .constraintsOnly, constraints: Constraints(minPerParent: 3, maxRegions: 9))
        let optimisation = OptimisationRequest(cost: CostSpecification(column: "population", unitCost: 2), budget: 40)
        let outcome = try Optimiser.optimise(Self.regions, request: request, optimisation: optimisation, figures: Self.figures)
        let first = try #require(outcome.infeasibilities.first)
        #expect(first.conflicting.map(\.label) == ["at least 3 in B", "budget 40.00"], "\(first.conflicting.map(\.label))")
        #expect(first.explanation == "at least 3 in B costs at least 72.00, more than the 40.00 budget", "\(first.explanation)")
        #expect(!outcome.isSatisfied)
        #expect(!outcome.selection.entries.isEmpty, "the best list with the set relaxed is given")
        #expect(outcome.selection.unmet.contains { $0.kind == .budget || $0.kind == .minPerParent })
    }

    @Test("the planted pair among constraints that hold: exactly that pair is named")
    func plantedPairOnly() throws {
        let request = TargetingRequest(rule: .constraintsOnly,
                                       constraints: Constraints(focusParents: ["B", "C"], maxPerParent: 3, minPerParent: 3, maxRegions: 8))
        let optimisation = OptimisationRequest(cost: CostSpecification(column: "population", unitCost: 2), budget: 70)
        let outcome = try Optimiser.optimise(Self.regions, request: request, optimisation: optimisation, figures: Self.figures)
        // C's minimum (34) fits the budget; B's (72) does not: the pair is {min 3 in B, budget}.
        let first = try #require(outcome.infeasibilities.first)
        #expect(Set(first.conflicting.map(\.label)) == ["at least 3 in B", "budget 70.00"], "\(first.conflicting.map(\.label))")
        #expect(first.explanation == "at least 3 in B costs at least 72.00, more than the 70.00 budget", "\(first.explanation)")
        #expect(outcome.infeasibilities.count == 1)
    }

    @Test("alternatives differ from every earlier list by at least D, within 1%, around a common core")
    func alternatives() throws {
        let request = TargetingRequest(rule: .constraintsOnly)
        let optimisation = OptimisationRequest(cost: CostSpecification(column: "population"), budget: 60, alternatives: 3,
                                               within: 0.05, minDifference: 2)
        let outcome = try Optimiser.optimise(Self.regions, request: request, optimisation: optimisation, figures: Self.figures)
        let best = Set(outcome.selection.codes)
        let lists = [best] + outcome.alternatives.map { Set($0.codes) }
        #expect(outcome.alternatives.count == 3, "\(outcome.alternativesNote ?? "")")
        let objective = outcome.optimality.objective!
        for (k, list) in lists.enumerated() {
            #expect(Self.sum(Set(list.map { c in Self.regions.firstIndex { $0.code == c }! })) { $0.population! } <= 60)
            for earlier in lists[..<k] { #expect(earlier.subtracting(list).count >= 2) }
        }
        for alternative in outcome.alternatives { #expect(alternative.objective >= objective * 0.95 - 1e-9) }
        #expect(Set(outcome.core) == lists.dropFirst().reduce(best) { $0.intersection($1) })
    }

    @Test("the same request twice gives the same list")
    func deterministic() throws {
        let request = TargetingRequest(rule: .coverage(0.7), constraints: Constraints(maxPerParent: 3))
        let a = try Optimiser.optimise(Self.regions, request: request, optimisation: OptimisationRequest(), figures: Self.figures)
        let b = try Optimiser.optimise(Self.regions, request: request, optimisation: OptimisationRequest(), figures: Self.figures)
        #expect(a.selection.codes == b.selection.codes)
    }

    @Test("identical regions: ties break by code")
    func tiesByCode() throws {
        let twins = (0..<6).map { i in
            JoinedRegion(key: RegionKey(code: "T\(5 - i)", name: "", parent: "P"), value: 10, population: 1)
        }
        let outcome = try Optimiser.optimise(twins, request: TargetingRequest(rule: .coverage(0.5)),
                                             optimisation: OptimisationRequest(), figures: Self.figures)
        #expect(outcome.selection.codes == ["T0", "T1", "T2"])
    }

    @Test("bad requests are errors that name the column")
    func errors() throws {
        let request = TargetingRequest(rule: .coverage(0.5))
        #expect(throws: OptimisationError.self) {
            _ = try Optimiser.optimise(Self.regions, request: request,
                                       optimisation: OptimisationRequest(covers: [CoverTarget(column: "nope", share: 0.5)]), figures: Self.figures)
        }
        #expect(throws: OptimisationError.self) { _ = try CoverTarget(parsing: "second>=1.5") }
        #expect(try CoverTarget.list(parsing: "a>=0.75,b>=60%") == [CoverTarget(column: "a", share: 0.75), CoverTarget(column: "b", share: 0.6)])
    }
}
