import Sasaran

/// The tables the terminal and Markdown convergence emitters share. Text cells pass through
/// `text`, so Markdown can escape them.
enum ConvergenceTables {
    /// One row per programme: amounts, share inside against the list's share of the poor,
    /// leakage, districts reached and the concentration index.
    static func programmes(_ view: ConvergenceView, text: (String) -> String) -> TextTable {
        let columns: [TextTable.Column] = [
            .left("Programme"), .left("Core"), .right("Total"), .right("Inside"), .right("Inside %"),
            .right("Poor in list %"), .right("Leakage %"), .right("Ratio"), .right("Reached"), .right("Outside"),
            .right("Per poor in"), .right("Per poor out"), .right("Concentration"),
        ]
        let p = view.programmes
        let totals = NumberText.display(column: p.map(\.totalAmount))
        let inside = NumberText.display(column: p.map(\.amountInside))
        let rows = p.indices.map { k -> [String] in
            let r = p[k]
            return [text(r.programme), r.isCore ? "yes" : "", totals[k], inside[k], ConvergenceText.percent(r.shareInside),
                    NumberText.percent(r.listShareOfPoor), ConvergenceText.percent(r.leakage),
                    ConvergenceText.display(r.targetingRatio), "\(r.districtsReached)/\(view.districts.count)",
                    String(r.districtsReachedOutside), ConvergenceText.display(r.amountPerPoorInside),
                    ConvergenceText.display(r.amountPerPoorOutside), ConvergenceText.index(r.concentrationIndex)]
        }
        return TextTable(columns: columns, rows: rows)
    }

    /// One row per province with a priority district or an amount.
    static func parents(_ view: ConvergenceView, text: (String) -> String) -> TextTable {
        let columns: [TextTable.Column] = [
            .left("Province"), .right("Priority"), .right("Gaps"), .right("All core"), .right("Poor in list"),
            .right("Amount"), .right("Inside"), .right("Inside %"), .right("Per poor in"), .left("Programmes present"),
        ]
        let p = view.parents
        let poor = NumberText.display(column: p.map(\.poorInside))
        let amount = NumberText.display(column: p.map(\.totalAmount))
        let inside = NumberText.display(column: p.map(\.amountInside))
        let rows = p.indices.map { k -> [String] in
            let r = p[k]
            return [text(r.parent), String(r.priorityDistricts), String(r.gaps), String(r.reachedByAllCore), poor[k], amount[k],
                    inside[k], ConvergenceText.percent(r.shareInside), ConvergenceText.display(r.amountPerPoorInside),
                    text(r.programmesPresent.joined(separator: ", "))]
        }
        return TextTable(columns: columns, rows: rows)
    }

    /// The district × programme matrix of the whole list, in list order: the amount of each
    /// programme ("·" where none), how many reach the district, the total, per poor, and gaps.
    static func districts(_ report: ConvergenceReport, text: (String) -> String) -> TextTable {
        let view = report.final
        let phased = report.phases.count > 1
        var columns: [TextTable.Column] = [.right("Rank"), .left("Code"), .left("Name"), .left("Province"), .right("Poor")]
        if phased { columns.append(.right("Phase")) }
        columns += report.programmes.map { .right(text($0)) }
        columns += [.right("Programmes"), .right("Total"), .right("Per poor"), .left("Gap")]
        let d = view.districts
        let values = NumberText.display(column: d.map(\.value))
        let amounts = report.programmes.indices.map { p in NumberText.display(column: d.map { $0.amounts[p] }) }
        let totals = NumberText.display(column: d.map(\.totalAmount))
        let rows = d.indices.map { k -> [String] in
            var row = [String(d[k].rank), text(d[k].code), text(d[k].name), text(d[k].parent), values[k]]
            if phased { row.append(String(d[k].phase)) }
            row += report.programmes.indices.map { d[k].amounts[$0] > 0 ? amounts[$0][k] : "·" }
            row += [String(d[k].programmeCount), totals[k], ConvergenceText.display(d[k].amountPerPoor),
                    d[k].programmeCount == 0 ? "none" : (d[k].isGap ? "gap" : "")]
            return row
        }
        return TextTable(columns: columns, rows: rows)
    }

    /// The gap districts of the whole list as "code name (n programmes)".
    static func gaps(_ report: ConvergenceReport) -> [String] {
        report.final.districts.filter(\.isGap).map { "\($0.code) \($0.name) (\($0.programmeCount) programme\($0.programmeCount == 1 ? "" : "s"))" }
    }
}
