import Sasaran

/// The coverage curve as SVG: cumulative share of the national total against the number of
/// regions, for the ranking by count and (when the run has a population column) by rate, with
/// this list drawn over them, the target as a horizontal line and the marginal region marked.
///
/// The list's polyline has `id="curve-list"` with `data-count` and `data-share` of its last point;
/// the target line has `id="curve-target"` with `data-target`, so a test can check one against
/// the other.
enum CurveSVG {
    static func svg(_ model: ReportModel) -> String {
        let s = model.strings
        let form = s.numberForm
        let selection = model.result.selection
        let listShares = selection.entries.map(\.cumulativeShare)
        var series = [CurvePlot.Series(id: "curve-count", shares: model.countRanking.cumulativeShares,
                                       stroke: "stroke=\"#4b5563\" stroke-width=\"1.5\"", legend: s.rankedByCount)]
        if let rate = model.rateRanking {
            series.append(.init(id: "curve-rate", shares: rate.cumulativeShares,
                                stroke: "stroke=\"#0072b2\" stroke-width=\"1.5\" stroke-dasharray=\"5 3\"", legend: s.rankedByRate))
        }
        var marker: CurvePlot.Marker?
        if let last = listShares.last {
            series.append(.init(id: "curve-list", shares: listShares, stroke: "stroke=\"#d55e00\" stroke-width=\"3.5\"",
                                legend: "\(s.thisList) (\(listShares.count))",
                                attributes: "data-count=\"\(listShares.count)\" data-share=\"\(NumberText.exact(last) ?? "")\""))
            let index = selection.marginal.flatMap { code in selection.entries.firstIndex { $0.code == code } } ?? (listShares.count - 1)
            let entry = selection.entries[index]
            let label = selection.marginal != nil ? "\(s.marginal): \(entry.name) (\(entry.code)), \(entry.rank) → \(NumberText.percent(entry.cumulativeShare, form: form))%"
                : "\(entry.rank) → \(NumberText.percent(entry.cumulativeShare, form: form))%"
            marker = .init(index: index, title: "\(entry.rank). \(entry.name) (\(entry.code)): \(NumberText.percent(entry.cumulativeShare, form: form))%", label: label)
        }
        return CurvePlot(series: series, target: selection.target, targetLabel: s.targetLine, marker: marker,
                         xLabel: s.numberOfRegions, yLabel: s.cumulativeShare, ariaLabel: s.coverageCurve, numberForm: form).svg()
    }
}
