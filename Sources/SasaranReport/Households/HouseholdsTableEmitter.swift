import Sasaran

/// The household report for the terminal: what was read, the programmes, the priority list,
/// convergence and the gap, the concentration table, the provinces and the districts with the
/// largest gaps. Every figure of every district is in the CSV and JSON.
enum HouseholdsTableEmitter {
    /// Districts shown in the table (largest gap first).
    static let districtRows = 15

    static func render(_ report: HouseholdReport) -> String {
        let c = HouseholdsCells(minCell: report.minCell, exact: false)
        let n = report.national
        let s = n.suppressed
        var lines = ["Households: did the programmes reach the target group?", ""]
        lines.append("Target      \(report.rule)\(report.weighted ? " (survey weights: every count weighted)" : "")")
        lines.append("Households  \(c.count(n.households, "households", in: s)) (\(NumberText.grouped(report.householdsRead)) rows read)")
        lines.append("Target      \(c.count(n.targetHouseholds, "targetHouseholds", in: s)) households")
        if report.unmatched > 0 {
            let what = report.location?.placedBy == "location" ? "location lies in" : "code matches"
            lines.append("Unmatched   \(NumberText.grouped(report.unmatched)) rows whose \(what) no district (not counted above)")
        }
        if let location = report.location {
            if location.placedBy == "location" {
                lines.append("Placed by   \(location.longitude)/\(location.latitude): each household in the district containing it")
            } else {
                lines.append("Location    \(location.longitude)/\(location.latitude) checked against the codes: "
                    + "\(NumberText.grouped(location.disagreeing ?? 0)) households lie in another district than their code's, "
                    + "\(NumberText.grouped(location.outside ?? 0)) in none")
            }
        }
        lines.append(report.minCell > 1 ? "Small cells under \(report.minCell) households are suppressed (shown \(c.suppressedMark))"
                     : "No small-cell suppression (--min-cell \(report.minCell)): not for publication")
        lines += ["", "Programmes"]
        lines += TextTable(columns: [.left("programme"), .right("recipients"), .right("coverage %"), .right("exclusion %"),
                                     .right("inclusion %"), .right("CGH")],
                           rows: n.programmes.map { p in
                               let k = "programmes.\(p.name)."
                               return [p.name, c.count(p.recipients, k + "recipients", in: s), c.share(p.coverage, k + "coverage", in: s),
                                       c.share(p.exclusionError, k + "exclusionError", in: s), c.share(p.inclusionError, k + "inclusionError", in: s),
                                       c.ratio(p.cgh, k + "cgh", in: s)]
                           }).plain()
        if let priority = report.priority {
            let ps = priority.suppressed
            lines += ["", "Priority list: \(priority.districts) districts"]
            lines.append("Target households inside  \(c.count(priority.targetInside, "targetInside", in: ps)) "
                + "(\(c.share(priority.shareTargetInside, "shareTargetInside", in: ps))% of the target group)")
            lines += TextTable(columns: [.left("programme"), .right("recipients inside"), .right("share inside %")],
                               rows: priority.programmes.map { p in
                                   [p.name, c.count(p.recipientsInside, "programmes.\(p.name).recipientsInside", in: ps),
                                    c.share(p.shareRecipientsInside, "programmes.\(p.name).shareRecipientsInside", in: ps)]
                               }).plain()
        }
        let v = n.convergence
        lines += ["", "Convergence over \(v.core.joined(separator: ", ")) (shares of the target group)"]
        lines.append("All programmes  \(c.share(v.allProgrammes, "convergence.allProgrammes", in: s))%")
        lines.append("No programme    \(c.share(v.noProgramme, "convergence.noProgramme", in: s))%")
        lines += TextTable(columns: [.left("programmes received"), .right("households"), .right("share %")],
                           rows: v.combinations.map { combination in
                               let label = combination.programmes.isEmpty ? "none" : combination.programmes.joined(separator: "+")
                               let key = "convergence.combinations.\(label)."
                               return [label, c.count(combination.households, key + "households", in: s), c.share(combination.share, key + "share", in: s)]
                           }).plain()
        if let gap = n.gap {
            lines += ["", "Gap: \(c.count(gap.households, "gap.households", in: s)) target households in priority districts receive no core programme "
                + "(\(c.share(gap.share, "gap.share", in: s))% of the target households there)"]
        }
        if let deciles = report.deciles {
            lines += ["", "Concentration by welfare decile (share of each programme's recipients, %)"]
            lines += TextTable(columns: [.right("decile"), .right("households")] + report.programmes.map { .right($0) },
                               rows: deciles.map { d in
                                   [String(d.decile), c.count(d.households, "households", in: d.suppressed)]
                                       + d.programmes.map { c.share($0.shareOfRecipients, "programmes.\($0.name).shareOfRecipients", in: d.suppressed) }
                               }).plain()
            if let concentration = report.concentration {
                lines.append("Concentration index: " + concentration.map { "\($0.name) \($0.index.map { String(format: "%.3f", $0 + 0) == "-0.000" ? "0.000" : String(format: "%.3f", $0) } ?? "–")" }.joined(separator: ", ")
                    + " (above 0: recipients concentrate in the poorer deciles)")
            }
        }
        let provinces = report.provinces.filter { $0.households != 0 }
        lines += ["", "Provinces"] + areaTable(provinces, report: report, c: c, districts: false).plain()
        let shown = report.districts.filter { report.priority == nil || $0.priority == true }
            .sorted { ($0.gap?.households ?? $0.targetHouseholds ?? 0, $1.code ?? "") > ($1.gap?.households ?? $1.targetHouseholds ?? 0, $0.code ?? "") }
            .prefix(districtRows)
        lines += ["", report.priority == nil ? "Districts with the most target households (all districts: --format csv)"
                      : "Priority districts with the largest gaps (all districts: --format csv)"]
        lines += areaTable(Array(shown), report: report, c: c, districts: true).plain()
        return lines.joined(separator: "\n") + "\n"
    }

    private static func areaTable(_ areas: [AreaFigures], report: HouseholdReport, c: HouseholdsCells, districts: Bool) -> TextTable {
        var columns: [TextTable.Column] = districts ? [.left("code"), .left("name")] : [.left("province")]
        columns += [.right("households"), .right("target")] + report.programmes.map { .right("\($0) cov %") }
            + [.right("all %"), .right("none %")] + (report.priority == nil ? [] : [.right("gap")])
        let rows = areas.map { a -> [String] in
            let s = a.suppressed
            var row = districts ? [a.code ?? "", a.name ?? ""] : [a.code ?? ""]
            row += [c.count(a.households, "households", in: s), c.count(a.targetHouseholds, "targetHouseholds", in: s)]
            row += a.programmes.map { c.share($0.coverage, "programmes.\($0.name).coverage", in: s) }
            row += [c.share(a.convergence.allProgrammes, "convergence.allProgrammes", in: s), c.share(a.convergence.noProgramme, "convergence.noProgramme", in: s)]
            if report.priority != nil { row.append(a.gap.map { c.count($0.households, "gap.households", in: s) } ?? "") }
            return row
        }
        return TextTable(columns: columns, rows: rows)
    }
}
