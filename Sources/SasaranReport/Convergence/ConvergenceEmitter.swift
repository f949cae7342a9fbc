import Sasaran
import SasaranIO

/// Writes a ``ConvergenceReport`` in any of the ``ConvergenceFormat``s, in the style of the
/// priority-list emitters (same number texts, tables, escaping and formula guard). The HTML
/// section for the report is ``ConvergenceHTML/section(_:scenario:)``.
///
/// ```swift
/// let report = try Convergence.analyse(result, programmes: table)
/// let text = try ConvergenceEmitter.render(report, scenario: result.scenario.name, format: .md)
/// ```
///
/// Every format is deterministic: the same report gives the same bytes.
public enum ConvergenceEmitter {
    /// The report as text in `format`; `csvTable` picks the table for CSV; `manifest` goes into
    /// JSON and Markdown; `notice` into Markdown.
    public static func render(_ report: ConvergenceReport, scenario: String, format: ConvergenceFormat,
                              csvTable: ConvergenceCSVTable = .districts, manifest: RunManifest? = nil,
                              notice: String? = nil) throws -> String {
        switch format {
        case .table: return ConvergenceTableEmitter.render(report, scenario: scenario)
        case .csv: return ConvergenceCSVEmitter.render(report, table: csvTable)
        case .json: return try JSONText.encode(ConvergenceDocument(report, scenario: scenario, manifest: manifest))
        case .md: return ConvergenceMarkdownEmitter.render(report, scenario: scenario, manifest: manifest, notice: notice)
        }
    }
}
