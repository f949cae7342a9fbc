import Foundation
import Testing
import TestSupport
@testable import Sasaran

@Suite("Weight sensitivity", .serialized, SharedData.required)
struct SensitivityTests {
    static func composite(eligible: String? = nil) throws -> IndexSpecification {
        try IndexSpecification(composite: .weighted(try IndexComponent.parseList("p0_persen:0.4,jumlah_miskin_ribu:0.4,-ipm:0.2", weights: true)),
                               eligibility: try eligible.map(IndexSpecification.Rule.init), tables: [try IndexRealData.ipmTable()])
    }

    static let requests: [(String, TargetingRequest)] = [
        ("75%", TargetingRequest(rule: .coverage(0.75))),
        ("50%, max 4 per province, focus on Java", TargetingRequest(rule: .coverage(0.5), constraints: Constraints(
            focusParents: ["31", "32", "33", "34", "35", "36"], maxPerParent: 4))),
        ("count 60, kabupaten only, max 50", TargetingRequest(rule: .count(60), constraints: Constraints(
            maxRegions: 50, attributeFilters: [AttributeFilter(key: "TIPE", values: ["Kabupaten"])]))),
    ]

    @Test("for the same weights the cheap per-draw path gives the full selector's list", arguments: [0, 1, 2])
    func cheapEqualsFull(_ which: Int) throws {
        let (label, request) = Self.requests[which]
        let result = try IndexRealData.run(try Self.composite(eligible: which == 0 ? "p0_persen >= 8 or ipm < 68" : nil), request: request)
        let index = try #require(result.index)
        let selector = IndexDrawSelector(regions: result.join.regions, scoreRows: index.scoreRows, request: result.scenario.request)
        #expect(IndexDrawSelector.supports(result.scenario.request))
        var scratch = IndexDrawSelector.Scratch(selector)
        var generator = Xoshiro256StarStar(seed: 11)
        var weights = [Double](repeating: 0, count: 3)
        let base = index.weights!
        let values = selector.admissible.map { result.join.regions[$0].value! }
        for draw in 0..<60 {
            if draw > 0 {
                WeightPerturbation.dirichlet(concentration: 3).draw(base, weightSum: 1, into: &weights, using: &generator)
            } else {
                weights = base
            }
            selector.rank(weights: weights, scores: selector.scores, scratch: &scratch)
            values.withUnsafeBufferPointer { selector.select(values: $0, total: result.selection.total, scratch: &scratch) }
            let cheap = scratch.chosen.map { result.join.regions[selector.admissible[Int($0)]].code }
            var regions = result.join.regions
            for i in regions.indices { if let row = index.scoreRows[i] { regions[i].extras["index"] = WeightedIndex.combine(row, weights) } }
            let full = try Targeting.select(regions, request: result.scenario.request)
            #expect(cheap == full.codes, "\(label), draw \(draw)")
            if draw == 0 { #expect(cheap == result.selection.codes) }
        }
    }

    @Test("the same seed gives the same result; a huge concentration reproduces the baseline")
    func deterministic() throws {
        let result = try IndexRealData.run(try Self.composite())
        let options = SensitivityAnalysis.Options(perturbation: .dirichlet(concentration: 20), draws: 700, seed: 5)
        let a = try SensitivityAnalysis.run(result, options: options)
        let b = try SensitivityAnalysis.run(result, options: options)
        #expect(a == b)
        #expect(a.fastPath && a.districts.count == 514 && a.baselineCount == result.selection.entries.count)
        #expect(a.spearman.max <= 1 && a.spearman.min > 0.5)
        #expect(a.sometimesSelected > 0)
        let c = try SensitivityAnalysis.run(result, options: .init(perturbation: .dirichlet(concentration: 20), draws: 700, seed: 6))
        #expect(a.districts.map(\.timesSelected) != c.districts.map(\.timesSelected))
        let tight = try SensitivityAnalysis.run(result, options: .init(perturbation: .uniform(fraction: 0), draws: 300, seed: 5))
        #expect(tight.spearman.min == 1)
        #expect(Set(tight.districts.filter { $0.timesSelected == 300 }.map(\.code)) == Set(result.selection.codes))
        #expect(tight.districts.allSatisfy { $0.timesSelected == 0 || $0.timesSelected == 300 })
        #expect(tight.districts.allSatisfy { $0.rankP5 == $0.baselineRank && $0.rankP95 == $0.baselineRank })
        let drawn = try #require(a.weights.first)
        #expect(abs(drawn.drawn.mean - 0.4) < 0.02)
    }

    @Test("with sampling errors the counts are redrawn too, and the count component re-normalised")
    func combined() throws {
        let result = try IndexRealData.run(try Self.composite())
        let weightsOnly = try SensitivityAnalysis.run(result, options: .init(perturbation: .uniform(fraction: 0), draws: 300, seed: 3))
        let both = try SensitivityAnalysis.run(result, options: .init(perturbation: .uniform(fraction: 0), draws: 300, seed: 3,
                                                                      errors: .relative(0.2)))
        #expect(weightsOnly.spearman.min == 1)
        #expect(both.spearman.min < 1)
        #expect(both.sometimesSelected > 0)
        #expect(both.districtsNeeded.max > both.districtsNeeded.min)
    }

    @Test("PCA and Alkire–Foster have no weights to perturb")
    func noWeights() throws {
        let spec = try IndexSpecification(composite: .pca(try IndexComponent.parseList("p0_persen,jumlah_miskin_ribu", weights: false)))
        let result = try IndexRealData.run(spec)
        #expect(throws: SensitivityError.noWeights) {
            try SensitivityAnalysis.run(result, options: .init(perturbation: .dirichlet(concentration: 10)))
        }
    }
}
