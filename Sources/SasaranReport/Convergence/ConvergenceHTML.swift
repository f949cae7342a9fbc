import Sasaran

/// The convergence section of the HTML report, as a standalone fragment (`<section
/// id="convergence">` with its own scoped `<style>`), to be placed in the report's `<main>`:
///
/// - the score and a table of programmes (share inside, leakage, concentration index);
/// - a district × programme matrix of the whole priority list: each cell shaded by the
///   programme's amount per poor person there, relative to that programme's highest in the list
///   (four steps; an empty cell is no allocation), gap rows marked;
/// - the gap districts, as a list and, when the layer is given, on a small map (gap districts
///   red, other priority districts green, the rest grey).
///
/// Every text from the data passes through the report's ``Markup/escape(_:)``; the fragment is
/// well-formed XML, and the same input gives the same bytes.
public enum ConvergenceHTML {
    /// The section as a page of its own.
    public static func page(_ report: ConvergenceReport, scenario: String, layer: RegionLayer? = nil) throws -> String {
        HTMLPage.document(title: "Convergence: \(scenario)", language: "en", body: try section(report, scenario: scenario, layer: layer))
    }

    /// The section for `report`; `layer` (the run's boundaries) adds the map of gap districts.
    public static func section(_ report: ConvergenceReport, scenario: String, layer: RegionLayer? = nil) throws -> String {
        let e = Markup.escape
        let view = report.final
        var out = "<section id=\"convergence\">\n<style>\(css)</style>\n"
        out += "<h2>Convergence of programmes</h2>\n"
        out += "<p class=\"sub\">\(e(scenario)) · \(e(report.programmes.joined(separator: ", "))) · \(e(report.unit.isEmpty ? "amounts" : report.unit))</p>\n"
        out += "<ul class=\"cv-score\">\n" + ConvergenceText.score(view).map { "<li><strong>\(e($0.0))</strong> \(e($0.1))</li>\n" }.joined() + "</ul>\n"
        out += ConvergenceTables.programmes(view, text: { $0 }).html(id: "convergence-programmes")
        out += "<h3>Districts × programmes</h3>\n<p class=\"sub\">Shade: amount per poor person relative to the programme's highest in the list; "
        out += "blank: no allocation. Rows marked gap are reached by fewer than \(report.minProgrammes) programme\(report.minProgrammes == 1 ? "" : "s").</p>\n"
        out += matrix(report)
        let gaps = view.districts.filter(\.isGap)
        out += "<h3>Gap districts (\(gaps.count))</h3>\n"
        if let layer { out += try map(report, layer: layer) }
        out += gaps.isEmpty ? "<p>None.</p>\n" : "<ul class=\"cv-gaps\">\n" + gaps.map {
            "<li data-code=\"\(e($0.code))\">\(e($0.code)) \(e($0.name)) (\($0.programmeCount))</li>\n"
        }.joined() + "</ul>\n"
        return out + "</section>\n"
    }

    /// Colours: shades of one hue for the matrix, the map's three classes.
    static let css = """
    #convergence table{border-collapse:collapse;font-size:12px;margin:8px 0}\
    #convergence th,#convergence td{border:1px solid #e5e7eb;padding:2px 6px;text-align:left}\
    #convergence td.n,#convergence th.n,#convergence td.s0,#convergence td.s1,#convergence td.s2,#convergence td.s3,#convergence td.s4{text-align:right}\
    #convergence td.s0{background:#ffffff}#convergence td.s1{background:#dbeafe}#convergence td.s2{background:#93c5fd}\
    #convergence td.s3{background:#3b82f6;color:#fff}#convergence td.s4{background:#1e3a8a;color:#fff}\
    #convergence tr.gap td.t{background:#fee2e2;font-weight:bold}\
    #convergence svg .o{fill:#e5e7eb}#convergence svg .r{fill:#86efac}#convergence svg .g{fill:#dc2626}\
    #convergence svg path{stroke:#fff;stroke-width:0.3}
    """

    /// The shade step (0 none, 1…4) of an amount per poor against the column's highest.
    static func step(_ perPoor: Double, highest: Double) -> Int {
        guard perPoor > 0, highest > 0 else { return 0 }
        return min(4, max(1, Int((perPoor / highest * 4).rounded(.up))))
    }

    private static func matrix(_ report: ConvergenceReport) -> String {
        let e = Markup.escape
        let districts = report.final.districts
        let highest = report.programmes.indices.map { p in
            districts.reduce(0.0) { $1.value > 0 ? max($0, $1.amounts[p] / $1.value) : $0 }
        }
        var out = "<table id=\"convergence-matrix\">\n<thead><tr><th>Rank</th><th class=\"t\">Code</th><th class=\"t\">Name</th>"
        out += "<th class=\"t\">Province</th><th>Poor</th>"
        out += report.programmes.map { "<th>\(e($0))</th>" }.joined() + "<th>Programmes</th></tr></thead>\n<tbody>\n"
        for d in districts {
            out += "<tr data-code=\"\(e(d.code))\"\(d.isGap ? " class=\"gap\"" : "")><td>\(d.rank)</td><td class=\"t\">\(e(d.code))</td>"
            out += "<td class=\"t\">\(e(d.name))</td><td class=\"t\">\(e(d.parent))</td><td>\(NumberText.display(d.value))</td>"
            for p in report.programmes.indices {
                let amount = d.amounts[p]
                let perPoor = d.value > 0 ? amount / d.value : (amount > 0 ? highest[p] : 0)
                let tip = amount > 0 ? " title=\"\(e("\(report.programmes[p]): \(NumberText.display(amount)) (\(ConvergenceText.display(d.value > 0 ? amount / d.value : nil)) per poor)"))\"" : ""
                out += "<td class=\"s\(step(perPoor, highest: highest[p]))\"\(tip)>\(amount > 0 ? NumberText.display(amount) : "")</td>"
            }
            out += "<td>\(d.programmeCount)\(d.isGap ? " gap" : "")</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    private static func map(_ report: ConvergenceReport, layer: RegionLayer) throws -> String {
        let projection = MapProjection(envelope: layer.envelope, width: 640)
        let shapes = try MapShapes.build(layer, projection: projection)
        let listed = Dictionary(report.final.districts.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        let w = Markup.px(projection.width), h = Markup.px(projection.height)
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"cv-map\" viewBox=\"0 0 \(w) \(h)\" width=\"\(w)\" height=\"\(h)\""
        out += " role=\"img\" aria-label=\"Gap districts\">\n"
        for (index, region) in layer.regions.enumerated() {
            let district = listed[region.code]
            let cssClass = district.map { $0.isGap ? "g" : "r" } ?? "o"
            out += "<path class=\"\(cssClass)\" data-code=\"\(Markup.escape(region.code))\" d=\"\(shapes.regionPaths[index])\">"
            out += "<title>\(Markup.escape("\(region.code) \(region.name)" + (district.map { ": \($0.programmeCount) programme(s)" } ?? "")))</title></path>\n"
        }
        return out + "</svg>\n"
    }
}
