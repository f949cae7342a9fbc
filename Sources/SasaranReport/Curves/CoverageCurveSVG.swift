import Sasaran

/// Coverage curves as a small self-contained SVG (640 × 400): districts on x, cumulative share
/// on y (0–100%), one polyline per curve, a dashed line at the target, and a legend. Fixed
/// colours and coordinates rounded to 0.1 px, so the same curves give the same bytes.
enum CoverageCurveSVG {
    static let colours = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd"]

    static func render(_ curves: [CoverageCurve], target: Double) -> String {
        let width = 640.0, height = 400.0, left = 56.0, right = 16.0, top = 16.0, bottom = 44.0
        let plotW = width - left - right, plotH = height - top - bottom
        let n = max(1, curves.map(\.points.count).max() ?? 1)
        func x(_ k: Int) -> String { fmt(left + plotW * Double(k) / Double(n)) }
        func y(_ share: Double) -> String { fmt(top + plotH * (1 - min(max(share, 0), 1))) }
        var out = [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"640\" height=\"400\" viewBox=\"0 0 640 400\" font-family=\"sans-serif\" font-size=\"11\">",
            "<rect width=\"640\" height=\"400\" fill=\"#ffffff\"/>",
        ]
        for tick in stride(from: 0.0, through: 1.0, by: 0.25) {
            out.append("<line x1=\"\(fmt(left))\" y1=\"\(y(tick))\" x2=\"\(fmt(left + plotW))\" y2=\"\(y(tick))\" stroke=\"#dddddd\"/>")
            out.append("<text x=\"\(fmt(left - 6))\" y=\"\(y(tick))\" text-anchor=\"end\" dominant-baseline=\"middle\">\(Int(tick * 100))%</text>")
        }
        for k in stride(from: 0, through: n, by: max(1, n / 50 * 10)) {
            out.append("<text x=\"\(x(k))\" y=\"\(fmt(top + plotH + 16))\" text-anchor=\"middle\">\(k)</text>")
        }
        out.append("<line x1=\"\(fmt(left))\" y1=\"\(y(target))\" x2=\"\(fmt(left + plotW))\" y2=\"\(y(target))\" stroke=\"#555555\" stroke-dasharray=\"4 3\"/>")
        out.append("<text x=\"\(fmt(left + plotW))\" y=\"\(fmt(top + plotH * (1 - target) - 4))\" text-anchor=\"end\">target \(NumberText.percent(target))%</text>")
        out.append("<text x=\"\(fmt(left + plotW / 2))\" y=\"\(fmt(height - 8))\" text-anchor=\"middle\">districts</text>")
        for (c, curve) in curves.enumerated() {
            let colour = colours[c % colours.count]
            let points = ["\(x(0)),\(y(0))"] + curve.points.map { "\(x($0.rank)),\(y($0.cumulativeShare))" }
            out.append("<polyline fill=\"none\" stroke=\"\(colour)\" stroke-width=\"1.5\" points=\"\(points.joined(separator: " "))\"/>")
            let needed = curve.districtsNeeded(for: target).map { "\($0) districts" } ?? "not reached"
            let legendY = fmt(top + 14 + 16 * Double(c) + plotH * 0.5)
            out.append("<rect x=\"\(fmt(left + plotW * 0.55))\" y=\"\(fmt(top + 6 + 16 * Double(c) + plotH * 0.5))\" width=\"10\" height=\"10\" fill=\"\(colour)\"/>")
            out.append("<text x=\"\(fmt(left + plotW * 0.55 + 14))\" y=\"\(legendY)\">by \(escape(curve.rankKey.description)): \(needed)</text>")
        }
        out.append("</svg>")
        return out.joined(separator: "\n") + "\n"
    }

    private static func fmt(_ v: Double) -> String {
        let tenths = (v * 10).rounded()
        return tenths.truncatingRemainder(dividingBy: 10) == 0 ? String(Int(tenths / 10)) : String(tenths / 10)
    }

    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }
}
