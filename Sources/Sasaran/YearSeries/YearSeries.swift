import Foundation
import SasaranGeo
import SasaranIO

/// The same rule run over every value of a `where` column of a long table (for example every
/// `tahun` from 2015 to 2025), with the churn of the list from one value to the next.
///
/// - ``Step/entering``: districts in this year's list and not in the previous year's; ``Step/leaving``:
///   in the previous year's and not in this one's (codes ascending; empty for the first year).
/// - ``stableCore``: districts in every year's list; ``ever``: in at least one.
public struct YearSeries: Sendable {
    public struct Step: Sendable {
        /// The column's value ("2021").
        public var value: String
        public var result: RunResult
        public var entering: [String]
        public var leaving: [String]
    }

    public var column: String
    public var steps: [Step]
    public var stableCore: [String]
    public var ever: [String]

    /// Runs `scenario` once per value of `column` (the values found in the indicator table
    /// when `values` is nil: numeric order when all are integers, else text order). A filter on
    /// `column` in the scenario is replaced; the boundary layer is loaded once.
    public static func run(_ scenario: Scenario, over column: String, values given: [String]? = nil,
                           layer preloaded: RegionLayer? = nil) throws -> YearSeries {
        let values = try given ?? distinctValues(of: column, in: scenario.indicators)
        let layer = try preloaded ?? RegionLayer.load(scenario.boundaries.path, options: scenario.boundaries.options)
        let results = try concurrentMap(values.count) { k -> RunResult in
            var run = scenario
            run.name = "\(scenario.name) \(column)=\(values[k])"
            run.indicators.columns.filters = scenario.indicators.columns.filters.filter { $0.column != column }
                + [RowFilter(column: column, value: values[k])]
            return try ScenarioRunner.run(run, layer: layer)
        }
        return YearSeries(column: column, values: values, results: results)
    }

    init(column: String, values: [String], results: [RunResult]) {
        self.column = column
        var steps: [Step] = []
        var previous: Set<String>?
        var core: Set<String>?
        var ever = Set<String>()
        for (value, result) in zip(values, results) {
            let codes = Set(result.selection.codes)
            steps.append(Step(value: value, result: result, entering: previous.map { codes.subtracting($0).sorted() } ?? [],
                              leaving: previous.map { $0.subtracting(codes).sorted() } ?? []))
            previous = codes
            core = core.map { $0.intersection(codes) } ?? codes
            ever.formUnion(codes)
        }
        self.steps = steps
        self.stableCore = (core ?? []).sorted()
        self.ever = ever.sorted()
    }

    /// The distinct values of `column` in the indicator table, in numeric order when all are
    /// integers, else in text order.
    static func distinctValues(of column: String, in input: IndicatorInput) throws -> [String] {
        let reader = try TableReader.open(input.path, options: input.columns.reading)
        let index = try reader.columnIndex(of: column)
        var seen = Set<String>()
        try reader.forEachRecord { record in
            seen.insert(record[index].string.trimmingCharacters(in: .whitespaces))
        }
        seen.remove("")
        let values = Array(seen)
        if values.allSatisfy({ Int($0) != nil }) { return values.sorted { Int($0)! < Int($1)! } }
        return values.sorted()
    }
}
