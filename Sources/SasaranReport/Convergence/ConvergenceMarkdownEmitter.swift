import Sasaran

/// The convergence report in Markdown: the same blocks as the terminal table, with headings,
/// text from the data escaped (``MarkdownEmitter/escape(_:)``) and the inputs with their SHA-256
/// when a manifest is given.
enum ConvergenceMarkdownEmitter {
    static func render(_ report: ConvergenceReport, scenario: String, manifest: RunManifest?, notice: String?) -> String {
        let e = MarkdownEmitter.escape
        var lines = ["# Convergence: \(e(scenario))", ""]
        if let notice { lines += ["> **Note:** \(e(notice))", ""] }
        lines += ConvergenceText.heading(report).map { "- **\($0.0)**: \(e($0.1))" }
        let phased = report.phases.count > 1
        for view in report.phases {
            lines += ["", phased ? "## Phase \(view.phase): \(e(view.phaseName))" : "## Score", ""]
            lines += ConvergenceText.score(view).map { "- **\($0.0)**: \(e($0.1))" }
            lines += ["", phased ? "### Programmes" : "## Programmes", ""] + ConvergenceTables.programmes(view, text: e).markdown()
            lines += ["", phased ? "### Provinces" : "## Provinces", ""] + ConvergenceTables.parents(view, text: e).markdown()
        }
        lines += ["", "## Priority districts", "", "Amounts in \(e(report.unit.isEmpty ? "the table's unit" : report.unit)); per poor in \(e(report.perPoorUnit)).", ""]
        lines += ConvergenceTables.districts(report, text: e).markdown()
        let gaps = ConvergenceTables.gaps(report)
        lines += ["", "## Gap districts", ""] + (gaps.isEmpty ? ["None."] : gaps.map { "- \(e($0))" })
        if let manifest {
            lines += ["", "## Inputs", ""]
            lines += TextTable(columns: [.left("Role"), .left("File"), .right("Bytes"), .left("SHA-256")],
                               rows: manifest.inputs.map { [e($0.role), e($0.path), String($0.bytes), "`\($0.sha256)`"] }).markdown()
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
