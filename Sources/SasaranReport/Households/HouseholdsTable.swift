import Sasaran

/// One table of a household report with typed cells: the one source of the CSV tables
/// (``HouseholdsCSVEmitter``) and of the workbook's sheets (``HouseholdsWorkbook``), so both hold
/// the same figures, suppressed in the same cells.
struct HouseholdsTable {
    enum Kind {
        case text
        /// Households (weighted sums with survey weights).
        case count
        /// A fraction (coverage, errors, shares).
        case share
        /// A ratio such as the CGH index.
        case ratio
    }

    enum Value: Equatable {
        case text(String)
        case number(Double)
        /// Suppressed by the small-cell rule: `<N`.
        case suppressed
        /// Undefined (nothing to divide by) or not applicable.
        case undefined
    }

    var columns: [(title: String, kind: Kind)]
    var rows: [[Value]]

    /// A figure, or why there is none: suppressed when its name is in `suppressed`.
    static func value(_ x: Double?, _ name: String, in suppressed: [String]) -> Value {
        x.map(Value.number) ?? (suppressed.contains(name) ? .suppressed : .undefined)
    }

    static func make(_ report: HouseholdReport, _ table: HouseholdsCSVTable) throws -> HouseholdsTable {
        switch table {
        case .districts: return areas(report, report.districts, districts: true)
        case .provinces: return areas(report, report.provinces, districts: false)
        case .deciles:
            guard let deciles = report.deciles else {
                throw OutputUsageError(description: "--csv-table deciles needs a decile column (--decile-column)")
            }
            return HouseholdsTable.deciles(report, deciles, district: nil)
        case .districtDeciles:
            guard let byDistrict = report.districtDeciles else {
                throw OutputUsageError(description: "--csv-table district-deciles needs a decile column (--decile-column)")
            }
            var table = HouseholdsTable.deciles(report, [], district: "")
            for (area, deciles) in zip(report.districts, byDistrict) {
                table.rows += HouseholdsTable.deciles(report, deciles, district: area.code ?? "").rows
            }
            return table
        }
    }

    /// Districts or provinces: every figure of each.
    static func areas(_ report: HouseholdReport, _ areas: [AreaFigures], districts: Bool) -> HouseholdsTable {
        var columns: [(String, Kind)] = districts ? [("code", .text), ("name", .text), ("parent", .text), ("priority", .text)] : [("code", .text)]
        columns += [("households", .count), ("target_households", .count)] + (report.hasSizes ? [("persons", .count), ("target_persons", .count)] : [])
        for p in report.programmes {
            columns += [("\(p)_recipients", .count), ("\(p)_coverage", .share), ("\(p)_exclusion_error", .share),
                        ("\(p)_inclusion_error", .share), ("\(p)_cgh", .ratio)]
        }
        columns += [("all_programmes", .share), ("no_programme", .share), ("gap_households", .count)]
        let rows = areas.map { area -> [Value] in
            let s = area.suppressed
            var row: [Value] = districts
                ? [.text(area.code ?? ""), .text(area.name ?? ""), .text(area.parent ?? ""), area.priority.map { .text(String($0)) } ?? .undefined]
                : [.text(area.code ?? "")]
            row += [value(area.households, "households", in: s), value(area.targetHouseholds, "targetHouseholds", in: s)]
            if report.hasSizes { row += [value(area.persons, "persons", in: s), value(area.targetPersons, "targetPersons", in: s)] }
            for p in area.programmes {
                let k = "programmes.\(p.name)."
                row += [value(p.recipients, k + "recipients", in: s), value(p.coverage, k + "coverage", in: s),
                        value(p.exclusionError, k + "exclusionError", in: s), value(p.inclusionError, k + "inclusionError", in: s),
                        value(p.cgh, k + "cgh", in: s)]
            }
            row += [value(area.convergence.allProgrammes, "convergence.allProgrammes", in: s),
                    value(area.convergence.noProgramme, "convergence.noProgramme", in: s),
                    area.gap.map { value($0.households, "gap.households", in: s) } ?? .undefined]
            return row
        }
        return HouseholdsTable(columns: columns, rows: rows)
    }

    /// The concentration table, nationally or (with `district`, its first column) of one district.
    static func deciles(_ report: HouseholdReport, _ deciles: [DecileFigures], district: String?) -> HouseholdsTable {
        var columns: [(String, Kind)] = (district == nil ? [] : [("code", .text)])
            + [("decile", .count), ("households", .count), ("cumulative_share_of_households", .share)]
        for p in report.programmes {
            columns += [("\(p)_recipients", .count), ("\(p)_coverage", .share), ("\(p)_share_of_recipients", .share),
                        ("\(p)_cumulative_share_of_recipients", .share)]
        }
        let rows = deciles.map { d -> [Value] in
            let s = d.suppressed
            var row: [Value] = (district.map { [.text($0)] } ?? []) + [.number(Double(d.decile)), value(d.households, "households", in: s),
                                                                          value(d.cumulativeShareOfHouseholds, "cumulativeShareOfHouseholds", in: s)]
            for p in d.programmes {
                let k = "programmes.\(p.name)."
                row += [value(p.recipients, k + "recipients", in: s), value(p.coverage, k + "coverage", in: s),
                        value(p.shareOfRecipients, k + "shareOfRecipients", in: s),
                        value(p.cumulativeShareOfRecipients, k + "cumulativeShareOfRecipients", in: s)]
            }
            return row
        }
        return HouseholdsTable(columns: columns, rows: rows)
    }

    /// The nation's programmes, with what the priority list catches of each.
    static func programmes(_ report: HouseholdReport) -> HouseholdsTable {
        let n = report.national, s = n.suppressed
        var columns: [(String, Kind)] = [("programme", .text), ("recipients", .count), ("coverage", .share), ("exclusion_error", .share),
                                         ("inclusion_error", .share), ("cgh", .ratio)]
        if report.priority != nil { columns += [("recipients_inside_priority", .count), ("share_recipients_inside_priority", .share)] }
        let rows = n.programmes.map { p -> [Value] in
            let k = "programmes.\(p.name)."
            var row: [Value] = [.text(p.name), value(p.recipients, k + "recipients", in: s), value(p.coverage, k + "coverage", in: s),
                                value(p.exclusionError, k + "exclusionError", in: s), value(p.inclusionError, k + "inclusionError", in: s),
                                value(p.cgh, k + "cgh", in: s)]
            if let priority = report.priority, let inside = priority.programmes.first(where: { $0.name == p.name }) {
                row += [value(inside.recipientsInside, k + "recipientsInside", in: priority.suppressed),
                        value(inside.shareRecipientsInside, k + "shareRecipientsInside", in: priority.suppressed)]
            }
            return row
        }
        return HouseholdsTable(columns: columns, rows: rows)
    }

    /// The nation's target households by the combination of core programmes they receive.
    static func convergence(_ report: HouseholdReport) -> HouseholdsTable {
        let n = report.national, s = n.suppressed
        let rows = n.convergence.combinations.map { c -> [Value] in
            let label = c.programmes.isEmpty ? "none" : c.programmes.joined(separator: "+")
            let key = "convergence.combinations.\(label)."
            return [.text(label), .number(Double(c.programmes.count)), value(c.households, key + "households", in: s), value(c.share, key + "share", in: s)]
        }
        return HouseholdsTable(columns: [("programmes_received", .text), ("programme_count", .count), ("households", .count), ("share", .share)], rows: rows)
    }
}
