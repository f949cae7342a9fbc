import Foundation
import Sasaran

/// The one drawing of coverage curves as SVG: cumulative share against the number of regions,
/// one polyline per series, the target as a dashed horizontal line, a marked point with its label,
/// and a legend at the bottom right (the curves rise steeply at the left). The report's curve
/// (``CurveSVG``) and the `curve` command's picture (``CoverageCurveSVG``) both describe their
/// curves as a plot and draw it here. Coordinates rounded to 0.1 px: same curves, same bytes.
struct CurvePlot {
    /// One polyline: cumulative shares after 1, 2, … regions.
    struct Series {
        /// The polyline's `id` (tests and scripts find lines by it).
        var id: String
        var shares: [Double]
        /// Stroke attributes (`stroke="#4b5563" stroke-width="1.5"`).
        var stroke: String
        var legend: String
        /// Further attributes of the polyline (`data-count="184"`).
        var attributes: String = ""
    }

    /// A point of the last series, circled and labelled (the marginal region).
    struct Marker {
        var index: Int
        var title: String
        var label: String
    }

    var series: [Series]
    var target: Double?
    var targetLabel: String
    var marker: Marker?
    var xLabel: String
    var yLabel: String
    var ariaLabel: String
    /// How the target's percentage is written.
    var numberForm: NumberForm = .plain

    static let width = 1000.0, height = 430.0
    static let left = 70.0, right = 975.0, top = 18.0, bottom = 370.0
    /// At most this many points per line (longer ones are thinned, ends kept).
    static let maxPoints = 2000

    func svg() -> String {
        let (left, right, top, bottom) = (Self.left, Self.right, Self.top, Self.bottom)
        let n = max(series.map(\.shares.count).max() ?? 0, 1)
        let ceiling = max(1.0, series.flatMap(\.shares).filter(\.isFinite).max() ?? 1)
        func x(_ k: Int) -> Double { left + Double(k) / Double(n) * (right - left) }
        func y(_ share: Double) -> Double { bottom - (share.isFinite ? share : 0) / ceiling * (bottom - top) }
        func points(_ shares: [Double]) -> String {
            let step = max(1, (shares.count + Self.maxPoints - 1) / Self.maxPoints)
            var text = "\(Markup.px(x(0))),\(Markup.px(y(0)))"
            for k in stride(from: 0, to: shares.count, by: step) {
                text += " \(Markup.px(x(k + 1))),\(Markup.px(y(shares[k])))"
            }
            if (shares.count - 1) % step != 0, let last = shares.last {
                text += " \(Markup.px(x(shares.count))),\(Markup.px(y(last)))"
            }
            return text
        }

        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"curve\" viewBox=\"0 0 \(Markup.px(Self.width)) \(Markup.px(Self.height))\" width=\"\(Markup.px(Self.width))\" height=\"\(Markup.px(Self.height))\" role=\"img\" aria-label=\"\(Markup.escape(ariaLabel))\">\n"
        out += "<style>text{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;font-size:13px;fill:#1f2937}.g{stroke:#e5e7eb;stroke-width:1}.ax{stroke:#6b7280;stroke-width:1}.m{text-anchor:middle}.e{text-anchor:end}</style>\n"
        for tick in stride(from: 0.0, through: ceiling + 1e-9, by: 0.25) {
            out += "<line class=\"g\" x1=\"\(Markup.px(left))\" y1=\"\(Markup.px(y(tick)))\" x2=\"\(Markup.px(right))\" y2=\"\(Markup.px(y(tick)))\"/>"
            out += "<text class=\"e\" x=\"\(Markup.px(left - 8))\" y=\"\(Markup.px(y(tick) + 4))\">\(Int((tick * 100).rounded()))%</text>\n"
        }
        let step = Self.niceStep(n)
        for tick in stride(from: 0, through: n, by: step) {
            out += "<line class=\"g\" x1=\"\(Markup.px(x(tick)))\" y1=\"\(Markup.px(top))\" x2=\"\(Markup.px(x(tick)))\" y2=\"\(Markup.px(bottom))\"/>"
            out += "<text class=\"m\" x=\"\(Markup.px(x(tick)))\" y=\"\(Markup.px(bottom + 18))\">\(tick)</text>\n"
        }
        out += "<path class=\"ax\" d=\"M\(Markup.px(left)) \(Markup.px(top))V\(Markup.px(bottom))H\(Markup.px(right))\" fill=\"none\"/>\n"
        out += "<text class=\"m\" x=\"\(Markup.px((left + right) / 2))\" y=\"\(Markup.px(bottom + 40))\">\(Markup.escape(xLabel))</text>\n"
        out += "<text class=\"m\" transform=\"translate(18 \(Markup.px((top + bottom) / 2))) rotate(-90)\">\(Markup.escape(yLabel))</text>\n"
        if let target {
            out += "<line id=\"curve-target\" data-target=\"\(NumberText.exact(target) ?? "")\" x1=\"\(Markup.px(left))\" y1=\"\(Markup.px(y(target)))\" x2=\"\(Markup.px(right))\" y2=\"\(Markup.px(y(target)))\" stroke=\"#b91c1c\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>"
            out += "<text class=\"e\" x=\"\(Markup.px(right - 4))\" y=\"\(Markup.px(y(target) - 6))\" fill=\"#b91c1c\" style=\"fill:#b91c1c\">\(Markup.escape(targetLabel)) \(NumberText.percent(target, form: numberForm))%</text>\n"
        }
        for line in series where !line.shares.isEmpty {
            out += "<polyline id=\"\(Markup.escape(line.id))\"\(line.attributes.isEmpty ? "" : " " + line.attributes) fill=\"none\" \(line.stroke) stroke-linejoin=\"round\" points=\"\(points(line.shares))\"/>\n"
        }
        if let marker, let last = series.last, last.shares.indices.contains(marker.index) {
            let mx = x(marker.index + 1), my = y(last.shares[marker.index])
            out += "<circle id=\"curve-marginal\" cx=\"\(Markup.px(mx))\" cy=\"\(Markup.px(my))\" r=\"6\" fill=\"#fff\" stroke=\"#d55e00\" stroke-width=\"2.5\">"
            out += "<title>\(Markup.escape(marker.title))</title></circle>\n"
            // Right half: above and to the left (the line rises from the lower left); left half:
            // below and to the right (the rankings climb steeply above it).
            let anchorEnd = mx > (left + right) / 2
            let ly = anchorEnd ? max(my - 14, top + 14) : min(my + 24, bottom - 8)
            out += "<text x=\"\(Markup.px(anchorEnd ? mx - 12 : mx + 12))\" y=\"\(Markup.px(ly))\"\(anchorEnd ? " class=\"e\"" : "")>\(Markup.escape(marker.label))</text>\n"
        }
        let legendTop = bottom - 14 - Double(series.count) * 20
        for (k, line) in series.enumerated() {
            let ly = legendTop + Double(k) * 20
            out += "<line x1=\"\(Markup.px(right - 330))\" y1=\"\(Markup.px(ly))\" x2=\"\(Markup.px(right - 300))\" y2=\"\(Markup.px(ly))\" \(line.stroke)/>"
            out += "<text x=\"\(Markup.px(right - 292))\" y=\"\(Markup.px(ly + 4))\">\(Markup.escape(line.legend))</text>\n"
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
