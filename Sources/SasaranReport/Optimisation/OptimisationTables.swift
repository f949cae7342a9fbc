import Sasaran

/// The terminal and Markdown lines of an exact selection: how good it is, greedy and exact side
/// by side (what optimising buys), the conflicts in the planner's words, the alternatives.
enum OptimisationTables {
    static func lines(_ outcome: OptimisationOutcome) -> [String] {
        let o = outcome.optimality
        var lines = ["", "Exact selection (\(o.solver), \(o.goal.rawValue))"]
        var status = "Status: \(o.status.rawValue)"
        if let objective = o.objective { status += "; objective \(NumberText.display(objective))" }
        if let bound = o.bound { status += ", bound \(NumberText.display(bound))" }
        if let gap = o.gap { status += ", gap \(NumberText.percentInText(gap))" }
        lines.append(status + String(format: "; %.3f s", o.seconds))
        lines += [""] + comparison(outcome).plain()
        for conflict in outcome.infeasibilities {
            lines.append("")
            lines.append("Infeasible (phase \(conflict.phase)): \(conflict.summary) cannot hold together:")
            lines.append("  \(conflict.explanation).")
            lines.append("  The list above relaxes this set as little as it can.")
        }
        if !outcome.alternatives.isEmpty {
            lines += ["", "Alternatives (core of \(outcome.core.count) regions in every list)"]
            let table = TextTable(columns: [.right("List"), .right("Regions"), .right("Objective"), .left("Drops"), .left("Adds")],
                                  rows: outcome.alternatives.map {
                                      [String($0.number), String($0.regions), NumberText.display($0.objective),
                                       $0.dropped.joined(separator: " "), $0.added.joined(separator: " ")]
                                  })
            lines += table.plain()
        }
        if let note = outcome.alternativesNote { lines.append("Note: \(note)") }
        return lines
    }

    /// Greedy and exact side by side: regions, cost, each cover's share, the objective, what is unmet.
    static func comparison(_ outcome: OptimisationOutcome) -> TextTable {
        let g = outcome.greedy, e = outcome.exact
        var rows: [[String]] = [["Regions", String(g.regions), String(e.regions), String(e.regions - g.regions)]]
        if let gc = g.cost, let ec = e.cost {
            rows.append(["Cost", NumberText.grouped(gc), NumberText.grouped(ec), NumberText.grouped(ec - gc)])
        }
        for column in Set(g.covered.keys).union(e.covered.keys).sorted() {
            let a = g.covered[column] ?? 0, b = e.covered[column] ?? 0
            rows.append(["Covered % \(column)", NumberText.percent(a), NumberText.percent(b), NumberText.percent(b - a)])
        }
        rows.append(["Objective (\(outcome.optimality.goal.rawValue))", NumberText.display(g.objective), NumberText.display(e.objective),
                     NumberText.display(e.objective - g.objective)])
        rows.append(["Unmet", g.unmet.isEmpty ? "none" : g.unmet.joined(separator: "; "), e.unmet.isEmpty ? "none" : e.unmet.joined(separator: "; "), ""])
        return TextTable(columns: [.left("Greedy vs exact"), .right("Greedy"), .right("Exact"), .right("Difference")], rows: rows)
    }
}
