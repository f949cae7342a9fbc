import Testing
import TestSupport
@testable import Sasaran

@Suite("Years and churn on the real BPS data", SharedData.required)
struct ResearchYearSeriesTests {
    @Test("every year's list, entering, leaving and the stable core agree with single runs")
    func churn() throws {
        let scenario = try ResearchFixture.scenario(year: 2025, missing: .skip)
        let series = try YearSeries.run(scenario, over: "tahun")
        #expect(series.steps.map(\.value) == (2015...2025).map(String.init))
        var previous: Set<String>?
        var core = Set(try RealData.reference(year: 2015, target: 0.75))
        for (step, year) in zip(series.steps, 2015...2025) {
            let expected = try RealData.reference(year: year, target: 0.75)
            #expect(step.result.selection.codes == expected, "\(year)")
            let codes = Set(expected)
            #expect(step.entering == (previous.map { codes.subtracting($0).sorted() } ?? []))
            #expect(step.leaving == (previous.map { $0.subtracting(codes).sorted() } ?? []))
            previous = codes
            core.formIntersection(codes)
        }
        #expect(series.stableCore == core.sorted())
        #expect(series.steps.allSatisfy { step in series.stableCore.allSatisfy(step.result.selection.codes.contains) })
        let chosen = try YearSeries.run(scenario, over: "tahun", values: ["2021", "2023"])
        #expect(chosen.steps[1].leaving == ["14.04", "18.05", "81.06"])
    }
}
