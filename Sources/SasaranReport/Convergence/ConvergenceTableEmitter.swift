import Sasaran

/// The convergence report for the terminal: the heading, then per phase (one block when there
/// is one phase) the score, the programmes and the provinces, then the district × programme
/// matrix of the whole list and the gap districts.
enum ConvergenceTableEmitter {
    static func render(_ report: ConvergenceReport, scenario: String) -> String {
        var lines = ["Convergence: \(scenario)", ""] + ConvergenceText.facts(ConvergenceText.heading(report))
        let phased = report.phases.count > 1
        for view in report.phases {
            lines.append("")
            if phased { lines += ["Phase \(view.phase): \(view.phaseName) (\(view.districts.count) districts)", ""] }
            lines += ConvergenceText.facts(ConvergenceText.score(view))
            lines += ["", "Programmes"] + ConvergenceTables.programmes(view, text: { $0 }).plain()
            lines += ["", "Provinces"] + ConvergenceTables.parents(view, text: { $0 }).plain()
        }
        lines += ["", "Priority districts (amounts in \(report.unit.isEmpty ? "the table's unit" : report.unit); per poor in \(report.perPoorUnit))"]
        lines += ConvergenceTables.districts(report, text: { $0 }).plain()
        let gaps = ConvergenceTables.gaps(report)
        lines += ["", "Gap districts: \(gaps.count)"] + gaps.map { "  " + $0 }
        if report.amountWithoutValue > 0 {
            lines += ["", "Note: \(NumberText.display(report.amountWithoutValue)) lands in districts without a value (counted outside the list)."]
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
