import Sasaran

/// A Markdown summary for a report or a decree annex: title, notice, a paragraph with the
/// figures, the list, the provinces touched, the phases, what was not met, and the inputs with
/// their SHA-256. Text from the data is escaped (``escape(_:)``).
enum MarkdownEmitter {
    static func render(_ result: RunResult, notice: String?, form: NumberForm = .plain) -> String {
        let s = result.selection
        let h = RunHeading(result, form: form)
        var lines = ["# Priority list: \(escape(h.scenario))", ""]
        if let notice { lines += ["> **Note:** \(escape(notice))", ""] }
        var paragraph = "Regions ranked by \(escape(h.rankBy)) of `\(h.indicator)`"
        if !h.filters.isEmpty { paragraph += " (\(escape(h.filters)))" }
        paragraph += ". National total: \(h.total)."
        if let target = h.target { paragraph += " Target: \(target) of the total." }
        paragraph += " **\(h.count) region\(h.count == 1 ? "" : "s")** cover \(h.coverage) (\(h.valueCovered))"
        paragraph += h.marginal.map { "; the marginal region, which crosses the target, is \(escape($0))." } ?? "."
        if let locked = h.lockedIn { paragraph += " Locked in: \(escape(locked))." }
        if let locked = h.lockedOut { paragraph += " Locked out: \(escape(locked))." }
        lines += [paragraph, "", "## List", ""] + SummaryTables.list(s, form: form, text: escape).markdown()
        lines += ["", "## Provinces", "", "\(s.parentsTouched.count) of \(s.parents.count) provinces touched.", ""]
        lines += SummaryTables.parents(s, form: form, text: escape).markdown()
        if s.phases.count > 1 {
            lines += ["", "## Phases", ""] + SummaryTables.phases(s, form: form, text: escape).markdown()
        }
        if !s.unmet.isEmpty {
            lines += ["", "## Not met", ""] + s.unmet.map { "- \(escape($0.message))" }
        }
        if !s.notes.isEmpty { lines += ["", "## Notes", ""] + s.notes.map { "- \(escape($0))" } }
        lines += ["", "## Inputs", ""] + inputs(result.manifest).markdown()
        let m = result.manifest
        let made = "\(m.tool) \(m.version); boundaries: \(m.boundaryFormat), CRS \(m.crs), encoding \(m.encoding)."
        lines += ["", escape(made), ""]
        lines += m.parameters.keys.sorted().map { "- \(escape($0)): \(escape(m.parameters[$0]!))" }
        if !m.warnings.isEmpty {
            lines += ["", "Warnings:", ""] + m.warnings.map { "- \(escape($0))" }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func inputs(_ manifest: RunManifest) -> TextTable {
        TextTable(columns: [.left("Role"), .left("File"),
                            .right("Bytes"), .left("SHA-256")],
                  rows: manifest.inputs.map { [escape($0.role), escape($0.path), String($0.bytes), "`\($0.sha256)`"] })
    }

    /// Text safe in Markdown and in a table cell: Markdown punctuation and `|` backslash-escaped,
    /// line breaks made spaces, and a leading formula character escaped too (so a cell pasted
    /// into a spreadsheet does not start with `=`).
    static func escape(_ text: String) -> String {
        let special: Set<Character> = ["\\", "|", "`", "*", "_", "[", "]", "<", ">", "#"]
        var out = FormulaGuard.isFormulaLike(text) ? "\\" : ""
        for character in text {
            if character.isNewline { out.append(" "); continue }
            if special.contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }
}
