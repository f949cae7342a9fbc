import Sasaran

/// The list for the terminal: a heading, the aligned list, the phases (when more than one),
/// the provinces touched and any constraint not met. The labels are English; the numbers are
/// written in `form` (Indonesian with `--lang id`).
enum TableEmitter {
    static func render(_ result: RunResult, form: NumberForm = .plain) -> String {
        let s = result.selection
        let h = RunHeading(result, form: form)
        var facts: [(String, String)] = [
            ("Indicator", h.indicator + (h.filters.isEmpty ? "" : " where " + h.filters)),
            ("Ranked by", h.rankBy + " (descending, ties by code)"),
            ("Total", h.total),
        ]
        if let target = h.target { facts.append(("Target", target)) }
        facts.append(("Coverage", "\(h.coverage) (\(h.valueCovered)) with \(h.count) region\(h.count == 1 ? "" : "s")"))
        facts.append(("Marginal", h.marginal ?? "none"))
        if let locked = h.lockedIn { facts.append(("Locked in", locked)) }
        if let locked = h.lockedOut { facts.append(("Locked out", locked)) }
        facts += IndexFacts.lines(result)
        let labelWidth = facts.reduce(0) { max($0, $1.0.count) }
        var lines = ["Priority list: \(h.scenario)", ""]
        lines += facts.map { $0.0 + String(repeating: " ", count: labelWidth - $0.0.count) + "  " + $0.1 }
        lines += [""] + SummaryTables.list(s, form: form, text: { $0 }).plain()
        if s.phases.count > 1 {
            lines += ["", "Phases"] + SummaryTables.phases(s, form: form, text: { $0 }).plain()
        }
        lines += ["", "Provinces touched: \(s.parentsTouched.count) of \(s.parents.count)"]
        lines += SummaryTables.parents(s, form: form, text: { $0 }).plain()
        lines += LevelLines.lines(s)
        if !s.unmet.isEmpty || !s.notes.isEmpty { lines.append("") }
        if let outcome = result.optimisation { lines += OptimisationTables.lines(outcome) + [""] }
        lines += s.unmet.map { "Not met: \($0.message)" }
        lines += s.notes.map { "Note: \($0)" }
        if !result.join.report.warnings.isEmpty { lines.append("") }
        lines += result.join.report.warnings.map { "Warning: \($0)" }
        return lines.joined(separator: "\n") + "\n"
    }
}
