import Foundation
import Testing
import TestSupport
@testable import Sasaran

@Suite("Comparing lists")
struct ResearchComparisonTests {
    func list(_ name: String, _ items: [(String, String, Double)], total: Double? = 100) -> RankedList {
        RankedList(name: name, entries: items.map { .init(code: $0.0, name: $0.0, parent: $0.1, value: $0.2) }, total: total)
    }

    @Test("sets, Jaccard, Spearman and provinces on a hand-made case")
    func handMade() {
        let a = list("A", [("11.01", "11", 30), ("11.02", "11", 20), ("12.01", "12", 10), ("12.02", "12", 5)])
        let b = list("B", [("12.01", "12", 25), ("11.01", "11", 20), ("11.02", "11", 15), ("13.01", "13", 10)])
        let c = ListComparison(a, b)
        #expect(c.both == ["11.01", "11.02", "12.01"])
        #expect(c.onlyA == ["12.02"])
        #expect(c.onlyB == ["13.01"])
        #expect(c.jaccard == 3.0 / 5.0)
        // Common ranks: A 1,2,3 (11.01, 11.02, 12.01); B 12.01=1, 11.01=2, 11.02=3 → d = (−1, −1, 2), Σd² = 6.
        let rho: Double = 1 - 36 / 24.0
        #expect(c.spearman == rho)
        #expect(c.provinces.map(\.parent) == ["11", "12", "13"])
        let p = c.provinces[1]
        let counts: [Int] = [p.districtsA, p.districtsB, p.districtChange]
        #expect(counts == [2, 1, -1])
        #expect(p.coverageA == 0.15)
        #expect(p.coverageB == 0.25)
        #expect(c.coverageA == 0.65)
        #expect(c.coverageB == 0.7)
        let same = ListComparison(a, a)
        #expect(same.spearman == 1)
        #expect(same.jaccard == 1)
        let matrix: [[Double]] = [[1, 0.6], [0.6, 1]]
        #expect(JaccardMatrix([a, b]).values == matrix)
    }

    @Test("reads the JSON of sasaran rank: codes in rank order, the total and the scenario name")
    func json() throws {
        let text = #"{"scenario": "s", "total": 200, "selected": [{"rank": 2, "code": "b", "parent": "1", "value": 5}, {"rank": 1, "code": "a", "parent": "1", "value": 7.5}]}"#
        let list = try RankedList(json: Data(text.utf8), file: "x.json")
        #expect(list.codes == ["a", "b"])
        #expect(list.total == 200)
        #expect(list.name == "s")
        #expect(list.entries[0].value == 7.5)
        let e = thrown(ScenarioError.self) { _ = try RankedList(json: Data("{}".utf8), file: "x.json") }
        #expect(e?.key == "selected")
    }
}

@Suite("Comparing lists on the real BPS data", SharedData.required)
struct ResearchComparisonRealDataTests {
    @Test("2021 against 2023 at 75%: the set differences equal those of the independent reference lists")
    func years() throws {
        let layer = try RealData.layer()
        let a = try RealData.select(year: 2021, rule: .coverage(0.75), layer: layer).0
        let b = try RealData.select(year: 2023, rule: .coverage(0.75), layer: layer).0
        let c = ListComparison(RankedList(name: "2021", selection: a), RankedList(name: "2023", selection: b))
        let refA = try RealData.reference(year: 2021, target: 0.75), refB = try RealData.reference(year: 2023, target: 0.75)
        #expect(c.onlyA == refA.filter { !refB.contains($0) }.sorted())
        #expect(c.onlyB == refB.filter { !refA.contains($0) }.sorted())
        #expect(c.both == refA.filter { refB.contains($0) }.sorted())
        #expect(c.onlyA == ["14.04", "18.05", "81.06"])
        #expect(c.onlyB == ["53.71", "64.72", "72.02", "94.05", "95.08", "96.71"])
        #expect(abs(c.jaccard - 178.0 / 187) < 1e-15)
        #expect(c.provinces.reduce(0) { $0 + $1.districtChange } == refB.count - refA.count)
        let spearman = try #require(c.spearman)
        #expect(spearman > 0.95)
        #expect(spearman <= 1)
    }
}
