import Sasaran

/// The `curve` command's picture: one line per rank key, the target, and each line's number of
/// districts needed in its legend, drawn by ``CurvePlot`` as the report's curve is.
enum CoverageCurveSVG {
    static let strokes = ["stroke=\"#4b5563\" stroke-width=\"1.5\"", "stroke=\"#0072b2\" stroke-width=\"1.5\" stroke-dasharray=\"5 3\"",
                          "stroke=\"#d55e00\" stroke-width=\"2\"", "stroke=\"#009e73\" stroke-width=\"1.5\" stroke-dasharray=\"2 2\""]

    static func render(_ curves: [CoverageCurve], target: Double) -> String {
        let series = curves.enumerated().map { c, curve in
            let needed = curve.districtsNeeded(for: target).map { "\($0) districts" } ?? "not reached"
            return CurvePlot.Series(id: "curve-\(c + 1)", shares: curve.points.map(\.cumulativeShare), stroke: strokes[c % strokes.count],
                                    legend: "by \(curve.rankKey.description): \(needed)")
        }
        return CurvePlot(series: series, target: target, targetLabel: "target", marker: nil, xLabel: "districts",
                         yLabel: "cumulative share", ariaLabel: "coverage curves").svg() + "\n"
    }
}
