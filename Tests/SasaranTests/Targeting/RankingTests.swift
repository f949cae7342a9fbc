import Testing
@testable import Sasaran

@Suite("Ranking and the coverage stop rule")
struct RankingTests {
    @Test("coverage target: add in count order until the share reaches it, marginal included")
    func coverage() throws {
        let s = try Fixture.select(.coverage(0.75))
        #expect(s.codes == ["A1", "B1", "A2"])
        #expect(s.marginal == "A2")
        #expect(s.total == 100)
        #expect(s.coverage == 0.8)
        #expect(s.entries.map(\.share) == [0.4, 0.3, 0.1])
        #expect(s.entries.map(\.cumulativeShare) == [0.4, 0.7, 0.8])
        #expect(s.entries.map(\.rank) == [1, 2, 3])
        #expect(s.entries.allSatisfy { $0.why == .ranked && $0.phase == 1 })
        #expect(s.unmet.isEmpty)
        #expect(s.target == 0.75)
    }

    @Test("a cumulative share equal to the target stops there")
    func exactTarget() throws {
        let s = try Fixture.select(.coverage(0.7))
        #expect(s.codes == ["A1", "B1"])
        #expect(s.marginal == "B1")
    }

    @Test("floating-point noise below the target within 1e-12 still stops")
    func epsilon() throws {
        let layer = ["X", "Y", "Z"].map { RegionKey(code: $0, name: $0, parent: "P") }
        let regions = zip(layer, [0.7, 0.2, 0.1]).map { JoinedRegion(key: $0, value: $1) }
        #expect(0.7 + 0.2 < 0.9)  // the noise this guards against
        let s = try Targeting.select(regions, request: TargetingRequest(rule: .coverage(0.9)))
        #expect(s.codes == ["X", "Y"])
    }

    @Test("ties in the rank key are broken by code ascending")
    func ties() throws {
        let s = try Fixture.select(.coverage(1))
        #expect(s.codes == ["A1", "B1", "A2", "B2", "A3", "C1"])
        #expect(s.marginal == "C1")
    }

    @Test("target 1 takes every region with a value")
    func fullCoverage() throws {
        #expect(try Fixture.select(.coverage(1)).entries.count == 6)
    }

    @Test("rank by rate = value ÷ population")
    func rate() throws {
        let s = try Fixture.select(.coverage(0.5), key: .rate)
        #expect(s.codes == ["C1", "A2", "B1", "B2"])
        #expect(s.entries.map(\.rankValue) == [1.0, 0.5, 0.3, 0.25])
        #expect(s.entries[0].rate == 1.0)
        #expect(s.marginal == "B2")
    }

    @Test("rank by rate needs a population above zero")
    func rateNeedsPopulation() {
        var regions = Fixture.regions
        regions[1].population = 0
        regions[4].population = nil
        let e = thrown(TargetingError.self) {
            _ = try Targeting.select(regions, request: TargetingRequest(rankKey: .rate))
        }
        #expect(e == .populationMissing(["A2", "B2"]))
        #expect(e?.description == "ranking by rate needs a population above zero; missing or zero for A2, B2")
    }

    @Test("rank by another numeric column; shares stay value-based")
    func column() throws {
        let s = try Fixture.select(.coverage(0.5), key: .column("score"))
        #expect(s.codes == ["A2", "B1", "C1", "B2"])
        #expect(s.entries.map(\.cumulativeShare) == [0.1, 0.4, 0.45, 0.55])
    }

    @Test("an unknown rank column is an error listing the loaded ones")
    func unknownColumn() {
        let e = thrown(TargetingError.self) { _ = try Fixture.select(key: .column("cost")) }
        #expect(e == .unknownRankColumn("cost", available: ["score"]))
    }

    @Test("count rule stops at n regions")
    func count() throws {
        let s = try Fixture.select(.count(4))
        #expect(s.codes == ["A1", "B1", "A2", "B2"])
        #expect(s.marginal == nil)
        #expect(s.target == nil)
    }

    @Test("targets outside (0, 1] and counts below 1 are errors")
    func invalidTargets() {
        for t in [0, -0.1, 1.0001, 1.5, .nan, .infinity] {
            let e = thrown(TargetingError.self) { _ = try Fixture.select(.coverage(t)) }
            #expect(e == .invalidTarget(t) || (t.isNaN && e != nil))
        }
        #expect(thrown(TargetingError.self) { _ = try Fixture.select(.coverage(1.5)) }?.description
                == "target 1.5 is outside (0, 1]: give a share such as 0.75")
        #expect(thrown(TargetingError.self) { _ = try Fixture.select(.count(0)) } == .invalidCount(0))
    }

    @Test("an explicit national total makes shares partial")
    func nationalTotal() throws {
        let s = try Fixture.select(.coverage(0.45), total: 200)
        #expect(s.codes == ["A1", "B1", "A2", "B2"])
        #expect(s.totalGiven)
        let short = try Fixture.select(.coverage(0.6), total: 200)
        #expect(short.entries.count == 6)
        #expect(short.unmet.map(\.message) == ["target 60% not met: 50% with 6 regions; short by 10%"])
        #expect(thrown(TargetingError.self) { _ = try Fixture.select(total: 50) }
                == .invalidNationalTotal(given: 50, sumOfRegions: 100))
    }

    @Test("regions without a value are left out and listed")
    func missingValues() throws {
        var regions = Fixture.regions
        regions[0].value = nil
        let s = try Targeting.select(regions, request: TargetingRequest(rule: .coverage(0.5)))
        #expect(s.total == 60)
        #expect(s.codes == ["B1"])
        #expect(s.regionsWithoutValue == ["A1"])
    }

    @Test("no region with a value, or duplicate codes, is an error")
    func degenerate() {
        let none = Fixture.regions.map { var r = $0; r.value = nil; return r }
        #expect(thrown(TargetingError.self) { _ = try Targeting.select(none, request: TargetingRequest()) } == .noValues(regions: 6))
        let dup = Fixture.regions + [Fixture.regions[0]]
        #expect(thrown(TargetingError.self) { _ = try Targeting.select(dup, request: TargetingRequest()) } == .duplicateCodes(["A1"]))
    }

    @Test("the same input in any order gives the same selection")
    func deterministic() throws {
        let request = TargetingRequest(rule: .coverage(0.9), constraints: Constraints(maxPerParent: 2))
        let a = try Targeting.select(Fixture.regions, request: request)
        let b = try Targeting.select(Fixture.regions.reversed(), request: request)
        // The same list; only the layer indices differ (the layer is reversed).
        func withoutIndex(_ entries: [SelectionEntry]) -> [SelectionEntry] { entries.map { var e = $0; e.index = 0; return e } }
        #expect(withoutIndex(a.entries) == withoutIndex(b.entries))
        #expect(a.parents == b.parents)
    }

    @Test("the ranking gives the full order with cumulative shares, and positions back")
    func rankOrder() throws {
        let regions = Fixture.regions
        let total = try Targeting.nationalTotal(of: regions, given: nil)
        let ranking = Ranking(regions, key: .count, total: total)
        #expect(ranking.order.map { regions[$0].code } == ["A1", "B1", "A2", "B2", "A3", "C1"])
        var sum = 0.0
        for (position, i) in ranking.order.enumerated() {
            sum += regions[i].value!
            #expect(abs(ranking.cumulativeShares[position] - sum / total) < 1e-12)
            #expect(ranking.position(of: i) == position)
        }
        #expect(ranking.regionsNeeded(for: 1) == ranking.order.count)
    }

    @Test("the selection carries the ranking it walked, and each entry its layer index")
    func selectionCarriesRanking() throws {
        let regions = Fixture.regions
        let selection = try Targeting.select(regions, request: TargetingRequest(rule: .coverage(0.5)))
        #expect(selection.ranking.key == .count)
        #expect(selection.ranking.order.prefix(selection.entries.count).map { regions[$0].code } == selection.codes)
        for entry in selection.entries {
            #expect(regions[entry.index].code == entry.code)
            #expect(selection.entry(forRegion: entry.index) == entry)
        }
    }
}
