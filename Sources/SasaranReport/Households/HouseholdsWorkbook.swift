import Sasaran

/// A household report as an Excel workbook: sheets `programmes` (with what was read and the
/// priority list above the table), `convergence`, `districts`, `provinces`, and with deciles
/// `deciles` and `district deciles`. Cells are typed as in ``HouseholdsTable``: counts are numbers
/// (`#,##0`, or `#,##0.00` when weighted), shares numbers shown as percentages, CGH a number, codes
/// text; a suppressed cell holds the text `<N` (the small-cell rule's mark), an undefined one is empty.
enum HouseholdsWorkbook {
    static func bytes(_ report: HouseholdReport, title: String) throws -> [UInt8] {
        try XLSXWorkbook(sheets: sheets(report), title: title, subject: "households").bytes()
    }

    static func sheets(_ report: HouseholdReport) throws -> [SheetTable] {
        let n = report.national, s = n.suppressed
        let mark = "<\(report.minCell)"
        func text(_ x: Double?, _ name: String, _ suppressed: [String], percent: Bool = false) -> String {
            guard let x else { return suppressed.contains(name) ? mark : "–" }
            return percent ? NumberText.percent(x) + "%" : NumberText.grouped(x, decimals: x.rounded() == x ? 0 : 1)
        }
        var heading: [(label: String, value: String)] = [
            ("Target", report.rule + (report.weighted ? " (survey weights: every count weighted)" : "")),
            ("Rows read", NumberText.grouped(report.householdsRead)),
            ("Households", text(n.households, "households", s)),
            ("Target households", text(n.targetHouseholds, "targetHouseholds", s)),
            ("Small cells", report.minCell > 1 ? "under \(report.minCell) households suppressed, marked \(mark)"
                : "not suppressed (--min-cell \(report.minCell)): not for publication"),
        ]
        if report.unmatched > 0 { heading.append(("Unmatched rows", NumberText.grouped(report.unmatched))) }
        if let priority = report.priority {
            heading.append(("Priority districts", String(priority.districts)))
            heading.append(("Target households inside", text(priority.targetInside, "targetInside", priority.suppressed)))
            heading.append(("Share of the target group inside", text(priority.shareTargetInside, "shareTargetInside", priority.suppressed, percent: true)))
        }
        heading.append(("All core programmes", text(n.convergence.allProgrammes, "convergence.allProgrammes", s, percent: true)))
        heading.append(("No core programme", text(n.convergence.noProgramme, "convergence.noProgramme", s, percent: true)))
        if let gap = n.gap { heading.append(("Gap (target, priority district, no core programme)", text(gap.households, "gap.households", s))) }

        var sheets = [sheet(HouseholdsTable.programmes(report), name: "programmes", report: report,
                            title: "Households: did the programmes reach the target group?", heading: heading),
                      sheet(HouseholdsTable.convergence(report), name: "convergence", report: report),
                      sheet(try HouseholdsTable.make(report, .districts), name: "districts", report: report),
                      sheet(try HouseholdsTable.make(report, .provinces), name: "provinces", report: report)]
        if report.deciles != nil {
            sheets.append(sheet(try HouseholdsTable.make(report, .deciles), name: "deciles", report: report))
            sheets.append(sheet(try HouseholdsTable.make(report, .districtDeciles), name: "district deciles", report: report))
        }
        return sheets
    }

    private static func sheet(_ table: HouseholdsTable, name: String, report: HouseholdReport, title: String? = nil,
                              heading: [(label: String, value: String)] = []) -> SheetTable {
        let mark = "<\(report.minCell)"
        let columns = table.columns.map { column -> SheetTable.Column in
            switch column.kind {
            case .text: return .text(column.title)
            case .count: return report.weighted ? .decimal(column.title) : .integer(column.title)
            case .share: return .percent(column.title)
            case .ratio: return .decimal(column.title)
            }
        }
        let rows = table.rows.map { row in
            row.map { value -> SheetTable.Cell in
                switch value {
                case let .text(text): return .text(text)
                case let .number(x): return .number(x)
                case .suppressed: return .text(mark)
                case .undefined: return .empty
                }
            }
        }
        return SheetTable(name: name, title: title, headingLines: heading, columns: columns, rows: rows)
    }
}
