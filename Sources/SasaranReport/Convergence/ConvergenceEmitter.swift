import Sasaran
import SasaranIO

/// Writes a ``ConvergenceReport`` as table, CSV, JSON or Markdown, in the style of the
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
    /// The formats of a convergence report; the terminal tables first.
    public static let formats: [OutputFormat] = [.table, .csv, .json, .md, .html]

    /// The report as a document for ``OutputWriter``: every format, with `manifest` beside each file.
    public static func document(_ report: ConvergenceReport, scenario: String, layer: RegionLayer, csvTable: ConvergenceCSVTable,
                                manifest: RunManifest, notice: String?) -> OutputDocument {
        OutputDocument(formats: formats, manifest: manifest) { format in
            format == .html ? try ConvergenceHTML.page(report, scenario: scenario, layer: layer)
                : try render(report, scenario: scenario, format: format, csvTable: csvTable, manifest: manifest, notice: notice)
        }
    }

    /// The report as text in `format`; `csvTable` picks the table for CSV; `manifest` goes into
    /// JSON and Markdown; `notice` into Markdown.
    public static func render(_ report: ConvergenceReport, scenario: String, format: OutputFormat,
                              csvTable: ConvergenceCSVTable = .districts, manifest: RunManifest? = nil,
                              notice: String? = nil) throws -> String {
        switch format {
        case .table: return ConvergenceTableEmitter.render(report, scenario: scenario)
        case .csv: return ConvergenceCSVEmitter.render(report, table: csvTable)
        case .json: return try JSONText.encode(ConvergenceDocument(report, scenario: scenario, manifest: manifest))
        case .md: return ConvergenceMarkdownEmitter.render(report, scenario: scenario, manifest: manifest, notice: notice)
        default: throw OutputUsageError.unsupported(format, "a convergence report")
        }
    }
}
