import Foundation
import Sasaran

/// The coverage curve as SVG: cumulative share of the national total against the number of
/// regions, for the ranking by count and (when the run has a population column) by rate, with
/// this list drawn over them, the target as a horizontal line and the marginal region marked.
///
/// The list's polyline has `id="curve-list"` with `data-count` and `data-share` of its last point;
/// the target line has `id="curve-target"` with `data-target`, so a test can check one against
/// the other.
enum CurveSVG {
    static let width = 1000.0, height = 430.0
    static let left = 70.0, right = 975.0, top = 18.0, bottom = 370.0
    /// At most this many points per ranking line (longer rankings are thinned, ends kept).
    static let maxPoints = 2000

    static func svg(_ model: ReportModel) -> String {
        let s = model.strings
        let selection = model.result.selection
        let total = selection.total
        let countShares = model.countRanking.cumulativeShares
        let rateShares = model.rateRanking?.cumulativeShares
        let listShares = selection.entries.map(\.cumulativeShare)
        let n = max(countShares.count, rateShares?.count ?? 0, listShares.count, 1)
        let ceiling = max(1.0, (countShares + (rateShares ?? []) + listShares).max() ?? 1)
        func x(_ k: Int) -> Double { left + Double(k) / Double(n) * (right - left) }
        func y(_ share: Double) -> Double { bottom - share / ceiling * (bottom - top) }
        func points(_ shares: [Double]) -> String {
            let step = max(1, (shares.count + maxPoints - 1) / maxPoints)
            var text = "\(Markup.px(x(0))),\(Markup.px(y(0)))"
            for k in stride(from: 0, to: shares.count, by: step) {
                text += " \(Markup.px(x(k + 1))),\(Markup.px(y(shares[k])))"
            }
            if (shares.count - 1) % step != 0, let last = shares.last {
                text += " \(Markup.px(x(shares.count))),\(Markup.px(y(last)))"
            }
            return text
        }

        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"curve\" viewBox=\"0 0 \(Markup.px(width)) \(Markup.px(height))\" width=\"\(Markup.px(width))\" height=\"\(Markup.px(height))\" role=\"img\" aria-label=\"\(Markup.escape(s.coverageCurve))\">\n"
        out += "<style>text{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;font-size:13px;fill:#1f2937}.g{stroke:#e5e7eb;stroke-width:1}.ax{stroke:#6b7280;stroke-width:1}.m{text-anchor:middle}.e{text-anchor:end}</style>\n"
        // Grid and axes.
        for tick in stride(from: 0.0, through: ceiling + 1e-9, by: 0.25) {
            out += "<line class=\"g\" x1=\"\(Markup.px(left))\" y1=\"\(Markup.px(y(tick)))\" x2=\"\(Markup.px(right))\" y2=\"\(Markup.px(y(tick)))\"/>"
            out += "<text class=\"e\" x=\"\(Markup.px(left - 8))\" y=\"\(Markup.px(y(tick) + 4))\">\(Int((tick * 100).rounded()))%</text>\n"
        }
        let step = niceStep(n)
        for tick in stride(from: 0, through: n, by: step) {
            out += "<line class=\"g\" x1=\"\(Markup.px(x(tick)))\" y1=\"\(Markup.px(top))\" x2=\"\(Markup.px(x(tick)))\" y2=\"\(Markup.px(bottom))\"/>"
            out += "<text class=\"m\" x=\"\(Markup.px(x(tick)))\" y=\"\(Markup.px(bottom + 18))\">\(tick)</text>\n"
        }
        out += "<path class=\"ax\" d=\"M\(Markup.px(left)) \(Markup.px(top))V\(Markup.px(bottom))H\(Markup.px(right))\" fill=\"none\"/>\n"
        out += "<text class=\"m\" x=\"\(Markup.px((left + right) / 2))\" y=\"\(Markup.px(bottom + 40))\">\(Markup.escape(s.numberOfRegions))</text>\n"
        out += "<text class=\"m\" transform=\"translate(18 \(Markup.px((top + bottom) / 2))) rotate(-90)\">\(Markup.escape(s.cumulativeShare))</text>\n"
        // Target.
        if let target = selection.target {
            out += "<line id=\"curve-target\" data-target=\"\(NumberText.exact(target) ?? "")\" x1=\"\(Markup.px(left))\" y1=\"\(Markup.px(y(target)))\" x2=\"\(Markup.px(right))\" y2=\"\(Markup.px(y(target)))\" stroke=\"#b91c1c\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>"
            out += "<text class=\"e\" x=\"\(Markup.px(right - 4))\" y=\"\(Markup.px(y(target) - 6))\" fill=\"#b91c1c\" style=\"fill:#b91c1c\">\(Markup.escape(s.targetLine)) \(NumberText.percent(target))%</text>\n"
        }
        // Rankings, then the list over them.
        var legend: [(String, String)] = []
        out += "<polyline id=\"curve-count\" fill=\"none\" stroke=\"#4b5563\" stroke-width=\"1.5\" points=\"\(points(countShares))\"/>\n"
        legend.append(("stroke=\"#4b5563\" stroke-width=\"1.5\"", s.rankedByCount))
        if let rateShares {
            out += "<polyline id=\"curve-rate\" fill=\"none\" stroke=\"#0072b2\" stroke-width=\"1.5\" stroke-dasharray=\"5 3\" points=\"\(points(rateShares))\"/>\n"
            legend.append(("stroke=\"#0072b2\" stroke-width=\"1.5\" stroke-dasharray=\"5 3\"", s.rankedByRate))
        }
        if let last = listShares.last {
            out += "<polyline id=\"curve-list\" data-count=\"\(listShares.count)\" data-share=\"\(NumberText.exact(last) ?? "")\" fill=\"none\" stroke=\"#d55e00\" stroke-width=\"3.5\" stroke-linejoin=\"round\" points=\"\(points(listShares))\"/>\n"
            legend.append(("stroke=\"#d55e00\" stroke-width=\"3.5\"", "\(s.thisList) (\(listShares.count))"))
            let marginalIndex = selection.marginal.flatMap { code in selection.entries.firstIndex { $0.code == code } } ?? (listShares.count - 1)
            let entry = selection.entries[marginalIndex]
            let mx = x(marginalIndex + 1), my = y(entry.cumulativeShare)
            out += "<circle id=\"curve-marginal\" cx=\"\(Markup.px(mx))\" cy=\"\(Markup.px(my))\" r=\"6\" fill=\"#fff\" stroke=\"#d55e00\" stroke-width=\"2.5\">"
            out += "<title>\(Markup.escape("\(entry.rank). \(entry.name) (\(entry.code)): \(NumberText.percent(entry.cumulativeShare))%"))</title></circle>\n"
            let label = selection.marginal != nil ? "\(s.marginal): \(entry.name) (\(entry.code)), \(entry.rank) → \(NumberText.percent(entry.cumulativeShare))%"
                : "\(entry.rank) → \(NumberText.percent(entry.cumulativeShare))%"
            // Right half: above and to the left (the list rises from the lower left); left half:
            // below and to the right (the rankings climb steeply above it).
            let anchorEnd = mx > (left + right) / 2
            let ly = anchorEnd ? max(my - 14, top + 14) : min(my + 24, bottom - 8)
            out += "<text x=\"\(Markup.px(anchorEnd ? mx - 12 : mx + 12))\" y=\"\(Markup.px(ly))\"\(anchorEnd ? " class=\"e\"" : "")>\(Markup.escape(label))</text>\n"
        }
        // Legend, bottom right (the curves rise steeply at the left).
        let legendTop = bottom - 14 - Double(legend.count) * 20
        for (k, item) in legend.enumerated() {
            let ly = legendTop + Double(k) * 20
            out += "<line x1=\"\(Markup.px(right - 330))\" y1=\"\(Markup.px(ly))\" x2=\"\(Markup.px(right - 300))\" y2=\"\(Markup.px(ly))\" \(item.0)/>"
            out += "<text x=\"\(Markup.px(right - 292))\" y=\"\(Markup.px(ly + 4))\">\(Markup.escape(item.1))</text>\n"
        }
        out += "</svg>"
        return out
    }

    /// A tick step giving about 5–10 ticks up to `n`: 1, 2 or 5 × 10^k.
    static func niceStep(_ n: Int) -> Int {
        let rough = max(Double(n) / 8, 1)
        let power = pow(10, floor(log10(rough)))
        let step = [1.0, 2.0, 5.0, 10.0].map { $0 * power }.first { $0 >= rough } ?? rough
        return max(1, Int(step))
    }
}
