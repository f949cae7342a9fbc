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
    /// An Excel workbook (Office Open XML), written by libxlsxwriter.
    case xlsx
    /// A PDF document (A4), drawn by cairo and pango.
    case pdf
    /// A GeoPackage (SQLite with geometry), written by GDAL.
    case gpkg
    /// A PostGIS table, named by a `PG:` connection string and `--table`, replaced in one transaction.
    case postgis

    /// The file extensions that name the format, the usual one first.
    public var fileExtensions: [String] {
        switch self {
        case .table: return ["txt"]
        case .md: return ["md", "markdown"]
        case .html: return ["html", "htm"]
        case .postgis: return []
        default: return [rawValue]
        }
    }

    /// Whether the format is bytes rather than text (rendered by ``OutputDocument/renderBytes``).
    public var isBinary: Bool { self == .xlsx || self == .pdf || self == .gpkg }

    /// Whether a destination is a database (`PG:…`) rather than a file.
    public static func isDatabase(_ destination: String) -> Bool {
        destination.hasPrefix("PG:") || destination.hasPrefix("pg:")
    }

    /// The format a file's extension names (`.postgis` for a `PG:` connection string), or `nil`
    /// for an extension no format has.
    public static func named(byExtensionOf path: String) -> OutputFormat? {
        if isDatabase(path) { return .postgis }
        let lower = path.lowercased()
        if lower.hasSuffix(".geo.json") { return .geojson }
        guard let dot = lower.lastIndex(of: "."), !lower[dot...].contains("/") else { return nil }
        let ext = String(lower[lower.index(after: dot)...])
        return allCases.first { $0.fileExtensions.contains(ext) }
    }
}
