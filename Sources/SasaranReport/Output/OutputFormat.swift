/// Every format the tool writes. Each command's document (``OutputDocument``) says which of them
/// it can take; a file's extension names its format.
public enum OutputFormat: String, CaseIterable, Sendable {
    /// An aligned table for the terminal, with a heading and summaries (`.txt`).
    case table
    /// Comma-separated values (RFC 4180), guarded against spreadsheet formulas.
    case csv
    /// JSON: keys sorted, non-finite numbers as `null`.
    case json
    /// An RFC 7946 FeatureCollection.
    case geojson
    /// Markdown, for a report or a decree annex.
    case md
    /// A standalone SVG picture (a map, a curve).
    case svg
    /// A self-contained HTML page.
    case html
    /// A GAL weights file (GeoDa, PySAL).
    case gal
    /// A GWT weights file (GeoDa, PySAL).
    case gwt

    /// The file extensions that name the format, the usual one first.
    public var fileExtensions: [String] {
        switch self {
        case .table: return ["txt"]
        case .md: return ["md", "markdown"]
        case .html: return ["html", "htm"]
        default: return [rawValue]
        }
    }

    /// The format a file's extension names, or `nil` for an extension no format has.
    public static func named(byExtensionOf path: String) -> OutputFormat? {
        let lower = path.lowercased()
        if lower.hasSuffix(".geo.json") { return .geojson }
        guard let dot = lower.lastIndex(of: "."), !lower[dot...].contains("/") else { return nil }
        let ext = String(lower[lower.index(after: dot)...])
        return allCases.first { $0.fileExtensions.contains(ext) }
    }
}
