import Sasaran

/// The households section of the HTML report, a standalone fragment (`<section id="households">`
/// with its own scoped `<style>`), also written as a page of its own (`--output NAME.html`):
///
/// - what was read, the nation's programme table, the priority list, convergence and the gap;
/// - with the layer, a map of the gap (target households in priority districts receiving no core
///   programme, per priority district) and a map of each programme's coverage per district, five
///   classes each; a suppressed district is hatched, one without figures grey;
/// - the priority districts with the largest gaps.
///
/// Each map path carries `data-code` and `data-value` (the figure shown, empty when there is
/// none, `suppressed` when the small-cell rule hid it), so the figures can be read back. Texts from
/// the data pass through ``Markup/escape(_:)``; the same report gives the same bytes.
public enum HouseholdsHTML {
    /// The section as a page of its own.
    public static func page(_ report: HouseholdReport, layer: RegionLayer?) throws -> String {
        HTMLPage.document(title: "Households: \(report.rule)", language: "en", body: try section(report, layer: layer))
    }

    /// Districts listed under the gap map.
    static let gapRows = 20

    public static func section(_ report: HouseholdReport, layer: RegionLayer?) throws -> String {
        let e = Markup.escape
        let n = report.national, s = n.suppressed
        let c = HouseholdsCells(minCell: report.minCell, exact: false)
        var out = "<section id=\"households\">\n<style>\(css)</style>\n<h2>Households: did the programmes reach the target group?</h2>\n"
        out += "<p class=\"sub\">Target \(e(report.rule))\(report.weighted ? " · survey weights: every count weighted" : "") · "
        out += "\(e(NumberText.grouped(report.householdsRead))) rows read · "
        out += report.minCell > 1 ? "cells under \(report.minCell) households suppressed (\(e(c.suppressedMark)))</p>\n"
            : "no small-cell suppression: not for publication</p>\n"
        out += "<ul class=\"hh-figures\">\n"
        out += "<li data-figure=\"households\"><strong>Households</strong> \(e(c.count(n.households, "households", in: s)))</li>\n"
        out += "<li data-figure=\"targetHouseholds\"><strong>Target households</strong> \(e(c.count(n.targetHouseholds, "targetHouseholds", in: s)))</li>\n"
        if let priority = report.priority {
            out += "<li data-figure=\"shareTargetInside\"><strong>In the \(priority.districts) priority districts</strong> "
            out += "\(e(c.share(priority.shareTargetInside, "shareTargetInside", in: priority.suppressed)))% of the target group</li>\n"
        }
        out += "<li data-figure=\"allProgrammes\"><strong>Every core programme</strong> \(e(c.share(n.convergence.allProgrammes, "convergence.allProgrammes", in: s)))%</li>\n"
        out += "<li data-figure=\"noProgramme\"><strong>No core programme</strong> \(e(c.share(n.convergence.noProgramme, "convergence.noProgramme", in: s)))%</li>\n"
        if let gap = n.gap { out += "<li data-figure=\"gap\"><strong>Gap</strong> \(e(c.count(gap.households, "gap.households", in: s))) households</li>\n" }
        out += "</ul>\n"
        out += "<table id=\"households-programmes\">\n<thead><tr><th class=\"t\">Programme</th><th>Recipients</th><th>Coverage %</th>"
        out += "<th>Exclusion %</th><th>Inclusion %</th><th>CGH</th></tr></thead>\n<tbody>\n"
        for p in n.programmes {
            let k = "programmes.\(p.name)."
            out += "<tr data-programme=\"\(e(p.name))\"><td class=\"t\">\(e(p.name))</td><td>\(e(c.count(p.recipients, k + "recipients", in: s)))</td>"
            out += "<td>\(e(c.share(p.coverage, k + "coverage", in: s)))</td><td>\(e(c.share(p.exclusionError, k + "exclusionError", in: s)))</td>"
            out += "<td>\(e(c.share(p.inclusionError, k + "inclusionError", in: s)))</td><td>\(e(c.ratio(p.cgh, k + "cgh", in: s)))</td></tr>\n"
        }
        out += "</tbody>\n</table>\n"
        if let layer {
            let maps = try HouseholdsMaps(layer: layer)
            let byCode = Dictionary(report.districts.map { ($0.code ?? "", $0) }, uniquingKeysWith: { a, _ in a })
            if report.priority != nil {
                out += "<h3>The gap: target households in priority districts receiving no core programme</h3>\n"
                out += maps.choropleth(id: "households-gap-map", label: "Gap households per priority district", byCode: byCode, kind: .count) { area in
                    guard area.priority == true else { return nil }
                    return (area.gap?.households, area.suppressed.contains("gap.households"))
                }
            }
            for (k, name) in report.programmes.enumerated() {
                out += "<h3>Coverage of \(e(name)): share of target households reached</h3>\n"
                out += maps.choropleth(id: "households-coverage-\(k)", label: "Coverage of \(name) per district", byCode: byCode, kind: .share) { area in
                    let p = area.programmes[k]
                    return (p.coverage, area.suppressed.contains("programmes.\(name).coverage"))
                }
            }
        }
        if report.priority != nil {
            let largest = report.districts.filter { $0.priority == true && ($0.gap?.households ?? 0) > 0 }
                .sorted { ($0.gap?.households ?? 0, $1.code ?? "") > ($1.gap?.households ?? 0, $0.code ?? "") }.prefix(gapRows)
            out += "<h3>Priority districts with the largest gaps</h3>\n<table id=\"households-gaps\">\n"
            out += "<thead><tr><th class=\"t\">Code</th><th class=\"t\">Name</th><th>Target</th><th>Gap</th><th>Gap %</th></tr></thead>\n<tbody>\n"
            for a in largest {
                out += "<tr data-code=\"\(e(a.code ?? ""))\"><td class=\"t\">\(e(a.code ?? ""))</td><td class=\"t\">\(e(a.name ?? ""))</td>"
                out += "<td>\(e(c.count(a.targetHouseholds, "targetHouseholds", in: a.suppressed)))</td>"
                out += "<td>\(e(c.count(a.gap?.households, "gap.households", in: a.suppressed)))</td>"
                out += "<td>\(e(c.share(a.gap?.share, "gap.share", in: a.suppressed)))</td></tr>\n"
            }
            out += "</tbody>\n</table>\n"
        }
        return out + "</section>\n"
    }

    static let css = """
    #households table{border-collapse:collapse;font-size:12px;margin:8px 0}\
    #households th,#households td{border:1px solid #e5e7eb;padding:2px 6px;text-align:right}\
    #households .t{text-align:left}#households .sub{color:#4b5563}\
    #households svg path{stroke:#fff;stroke-width:0.3}#households svg .o{fill:#e5e7eb}\
    #households svg .x{fill:url(#hh-hatch)}\
    #households svg .c0{fill:#fff5eb}#households svg .c1{fill:#fdbe85}#households svg .c2{fill:#fd8d3c}\
    #households svg .c3{fill:#e6550d}#households svg .c4{fill:#a63603}\
    #households .hh-legend{list-style:none;padding:0;display:flex;gap:12px;font-size:12px}\
    #households .hh-legend span{display:inline-block;width:12px;height:12px;margin-right:4px;vertical-align:middle}
    """
}
