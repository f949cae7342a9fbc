import Sasaran

/// One table of a household report as CSV: exact numbers, `<N` where a cell is suppressed,
/// empty where a figure is undefined, text guarded against formulas (``CSVEmitter/text(_:)``).
enum HouseholdsCSVEmitter {
    static func render(_ report: HouseholdReport, table: HouseholdsCSVTable) throws -> String {
        let c = HouseholdsCells(minCell: report.minCell, exact: true)
        let t = CSVEmitter.text
        var lines: [[String]] = []
        switch table {
        case .districts, .provinces:
            let isDistricts = table == .districts
            var header = isDistricts ? ["code", "name", "parent", "priority"] : ["code"]
            header += ["households", "target_households"] + (report.hasSizes ? ["persons", "target_persons"] : [])
            for p in report.programmes {
                header += ["recipients", "coverage", "exclusion_error", "inclusion_error", "cgh"].map { t("\(p)_\($0)") }
            }
            header += ["all_programmes", "no_programme", "gap_households"]
            lines.append(header)
            for area in isDistricts ? report.districts : report.provinces {
                let s = area.suppressed
                var row = isDistricts ? [t(area.code ?? ""), t(area.name ?? ""), t(area.parent ?? ""), area.priority.map { String($0) } ?? ""]
                    : [t(area.code ?? "")]
                row += [c.count(area.households, "households", in: s), c.count(area.targetHouseholds, "targetHouseholds", in: s)]
                if report.hasSizes { row += [c.count(area.persons, "persons", in: s), c.count(area.targetPersons, "targetPersons", in: s)] }
                for p in area.programmes {
                    let k = "programmes.\(p.name)."
                    row += [c.count(p.recipients, k + "recipients", in: s), c.share(p.coverage, k + "coverage", in: s),
                            c.share(p.exclusionError, k + "exclusionError", in: s), c.share(p.inclusionError, k + "inclusionError", in: s),
                            c.ratio(p.cgh, k + "cgh", in: s)]
                }
                row += [c.share(area.convergence.allProgrammes, "convergence.allProgrammes", in: s),
                        c.share(area.convergence.noProgramme, "convergence.noProgramme", in: s),
                        area.gap.map { c.count($0.households, "gap.households", in: s) } ?? ""]
                lines.append(row)
            }
        case .deciles:
            guard let deciles = report.deciles else {
                throw OutputUsageError(description: "--csv-table deciles needs a decile column (--decile-column)")
            }
            var header = ["decile", "households", "cumulative_share_of_households"]
            for p in report.programmes {
                header += ["recipients", "coverage", "share_of_recipients", "cumulative_share_of_recipients"].map { t("\(p)_\($0)") }
            }
            lines.append(header)
            for d in deciles {
                let s = d.suppressed
                var row = [String(d.decile), c.count(d.households, "households", in: s), c.share(d.cumulativeShareOfHouseholds, "", in: s)]
                for p in d.programmes {
                    let k = "programmes.\(p.name)."
                    row += [c.count(p.recipients, k + "recipients", in: s), c.share(p.coverage, k + "coverage", in: s),
                            c.share(p.shareOfRecipients, k + "shareOfRecipients", in: s), c.share(p.cumulativeShareOfRecipients, "", in: s)]
                }
                lines.append(row)
            }
        }
        return lines.map { $0.joined(separator: ",") }.joined(separator: "\n") + "\n"
    }
}
