import Foundation
import Testing
import TestSupport
@testable import Sasaran

@Suite("Coverage curves and count versus rate", SharedData.required)
struct ResearchCurveTests {
    @Test("the curve's prefix for each target is the independent reference list, for count and rate")
    func prefixes() throws {
        let regions = try ResearchFixture.regions(year: 2023)
        for byRate in [false, true] {
            let curve = try CoverageCurve(regions, key: byRate ? .rate : .count)
            #expect(curve.points.count == 514)
            #expect(abs(curve.points.last!.cumulativeShare - 1) < 1e-12)
            for target in [0.2, 0.5, 0.75, 0.9] {
                let expected = try RealData.reference(year: 2023, target: target, byRate: byRate)
                #expect(curve.districtsNeeded(for: target) == expected.count)
                #expect(curve.points.prefix(expected.count).map(\.code) == expected)
            }
        }
    }

    @Test("the trade-off: left-out districts and value computed from the two reference lists")
    func tradeOff() throws {
        let regions = try ResearchFixture.regions(year: 2025)
        let t = try CountRateTradeOff(target: 0.75, count: CoverageCurve(regions, key: .count), rate: CoverageCurve(regions, key: .rate))
        let byCount = try RealData.reference(year: 2025, target: 0.75), byRate = try RealData.reference(year: 2025, target: 0.75, byRate: true)
        #expect(t.districtsByCount == byCount.count)
        #expect(t.districtsByRate == byRate.count)
        let value = Dictionary(uniqueKeysWithValues: regions.map { ($0.code, $0.value!) })
        let missed = byRate.filter { !byCount.contains($0) }
        #expect(t.leftOut == missed.sorted())
        let missedValue: Double = missed.reduce(0) { $0 + value[$1]! }
        let rateValue: Double = byRate.reduce(0) { $0 + value[$1]! }
        #expect(abs(t.leftOutValue - missedValue) < 1e-9)
        #expect(abs(t.leftOutShareOfRateList - missedValue / rateValue) < 1e-12)
        #expect(t.rateCoverageAtCountSize < t.countCoverage)
    }
}
