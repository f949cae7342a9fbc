import Foundation
import Sasaran

/// The planner's report: one self-contained HTML file (inline CSS, SVG and a little script; no
/// network) with the summary, the map (``MapSVG``), the coverage curve (``CurveSVG``), the
/// phases, the provinces and the full list (both sortable), the run manifest and the data
/// sources, and a prominent notice when the boundaries are schematic.
///
/// ```swift
/// let html = try HTMLReport.render(result, options: ReportOptions(language: .id))
/// try OutputWriter.write(PriorityListEmitter.document(result), request: OutputRequest(paths: ["laporan.html"]), inputs: result.inputFiles) { _ in }
/// ```
///
/// Every text from the data passes through ``Markup/escape(_:)``. The page is also well-formed
/// XML (void elements closed, the script in CDATA), and the same input gives the same bytes.
public enum HTMLReport {
    /// The report of `result` as HTML.
    public static func render(_ result: RunResult, options: ReportOptions = ReportOptions()) throws -> String {
        render(try ReportModel(result, options: options))
    }

    /// The standalone map of `result` as an SVG file (for slides).
    public static func map(_ result: RunResult, options: ReportOptions = ReportOptions()) throws -> String {
        MapSVG.document(try ReportModel(result, options: options))
    }

    static func render(_ model: ReportModel) -> String {
        let s = model.strings
        let result = model.result
        let selection = result.selection
        let heading = RunHeading(result, form: s.numberForm)
        let e = Markup.escape
        let title = model.options.title ?? "\(s.priorityList): \(result.scenario.name)"
        var out = "<h1>\(e(title))</h1>\n"
        var subtitle = "\(s.indicator): \(heading.indicator)"
        if !heading.filters.isEmpty { subtitle += " (\(heading.filters))" }
        subtitle += " · \(s.rankedBy): \(s.rankKey(selection.rankKey))"
        out += "<p class=\"sub\">\(e(subtitle))</p>\n"
        if model.schematic {
            out += "<div class=\"notice\" id=\"schematic-notice\" role=\"alert\"><strong>\(e(s.schematicTitle))</strong>\(e(s.schematicNotice))</div>\n"
        }
        if let notice = model.options.notice {
            out += "<div class=\"notice\" id=\"notice\"><strong>\(e(s.notice))</strong>\(e(notice))</div>\n"
        }
        out += summary(model, heading)
        out += "<section id=\"map\">\n<h2>\(e(s.map))</h2>\n<p class=\"sub\">\(e(s.mapCaption))</p>\n"
        out += MapSVG.element(model, standalone: false)
        out += "\n" + MapSVG.legend(model)
        let detail = MapSVG.detail(model)
        if !detail.isEmpty {
            out += "<figure class=\"detail\">\n\(detail)\n<figcaption class=\"sub\">\(e(AnnexStrings.of(model.options.language).detailKey))</figcaption>\n</figure>"
        }
        out += "\n</section>\n"
        out += "<section id=\"curve\">\n<h2>\(e(s.coverageCurve))</h2>\n<p class=\"sub\">\(e(s.curveCaption))</p>\n"
        out += CurveSVG.svg(model)
        out += "\n</section>\n"
        if selection.phases.count > 1 { out += ReportTables.phases(model) }
        if !selection.unmet.isEmpty {
            out += "<section id=\"unmet\">\n<h2>\(e(s.notMet))</h2>\n<ul class=\"warn\">\n"
            out += selection.unmet.map { "<li>\(e($0.message))</li>\n" }.joined()
            out += "</ul>\n</section>\n"
        }
        out += ReportTables.provinces(model)
        out += ReportTables.list(model)
        out += IndexReportSection.html(model)
        out += ReportTables.manifest(model)
        out += "<section id=\"sources\">\n<h2>\(e(s.dataSources))</h2>\n<ul>\n"
        out += model.options.attributionLines(result).map { "<li>\(e($0))</li>\n" }.joined()
        out += "</ul>\n</section>\n"
        out += "<footer>\(e(s.madeWith)) \(e(result.manifest.tool)) \(e(result.manifest.version))</footer>\n"
        return HTMLPage.document(
            title: title, language: model.options.language.rawValue, style: ReportAssets.css,
            head: "<meta name=\"generator\" content=\"\(e("\(result.manifest.tool) \(result.manifest.version)"))\"/>\n", body: out,
            afterMain: "<div id=\"tip\"></div>\n<script>//<![CDATA[\n\(ReportAssets.script)\n//]]></script>\n")
    }

    /// The figures at the top: four cards and a list of facts. When a target or constraint is not
    /// met, the target card says so in the engine's words (as the terminal does) and is marked.
    private static func summary(_ model: ReportModel, _ heading: RunHeading) -> String {
        let s = model.strings
        let selection = model.result.selection
        let e = Markup.escape
        let withValue = selection.parents.reduce(0) { $0 + $1.regionsWithValue }
        let form = s.numberForm
        func card(_ key: String, _ value: String, _ extra: String, unmet: [String] = []) -> String {
            var out = "<div class=\"card\(unmet.isEmpty ? "" : " unmet")\"\(unmet.isEmpty ? "" : " id=\"unmet-card\"")><div class=\"k\">\(e(key))</div><div class=\"v\">\(e(value))</div><div class=\"x\">\(e(extra))</div>"
            out += unmet.map { "<div class=\"um\">\(e($0))</div>" }.joined()
            return out + "</div>\n"
        }
        var out = "<div class=\"cards\" id=\"summary\">\n"
        out += card(s.regionsSelected, String(heading.count), s.ofWithValue(withValue))
        out += card(s.coverage, heading.coverage, "\(s.valueCovered): \(heading.valueCovered)")
        out += card(s.target, heading.target ?? "–", heading.target == nil ? s.noTarget : s.nationalTotal + " " + NumberText.display(selection.total, form: form),
                    unmet: selection.unmet.map(\.message))
        out += card(s.marginal, heading.marginal ?? "–", s.marginalNote)
        out += "</div>\n<section id=\"facts\">\n<dl class=\"facts\">\n"
        var facts: [(String, String)] = [
            (s.indicator, heading.indicator),
            (s.filters, heading.filters.isEmpty ? s.none : heading.filters),
            (s.rankedBy, s.rankKey(selection.rankKey)),
            (s.nationalTotal, NumberText.display(selection.total, form: form) + " (" + (selection.totalGiven ? s.totalGiven : s.totalSum(withValue)) + ")"),
            (s.target, heading.target ?? s.noTarget),
            (s.coverage, "\(heading.coverage) (\(heading.valueCovered))"),
            (s.regionsSelected, String(heading.count)),
            (s.marginal, heading.marginal ?? "–"),
            (s.provincesTouched, "\(selection.parentsTouched.count) / \(selection.parents.count)"),
        ]
        if selection.phases.count > 1 { facts.append((s.phases, String(selection.phases.count))) }
        out += facts.map { "<dt>\(e($0.0))</dt><dd>\(e($0.1))</dd>\n" }.joined()
        out += "</dl>\n</section>\n"
        return out
    }
}
