/// The formats a priority list can be written in.
public enum PriorityListFormat: String, CaseIterable, Sendable {
    /// An aligned table for the terminal, with a heading and summaries.
    case table
    /// One row per selected region (RFC 4180 quoting, guarded against spreadsheet formulas).
    case csv
    /// The whole result: list, summaries, join report and run manifest.
    case json
    /// An RFC 7946 FeatureCollection of the selected regions (or of all regions).
    case geojson
    /// A Markdown summary for a report or a decree annex.
    case md
    /// The map alone as a standalone SVG (for slides).
    case svg
    /// The self-contained HTML report: map, coverage curve, tables, manifest.
    case html

    /// The usual file extension for the format, without the dot.
    public var fileExtension: String {
        switch self {
        case .table: return "txt"
        case .csv: return "csv"
        case .json: return "json"
        case .geojson: return "geojson"
        case .md: return "md"
        case .svg: return "svg"
        case .html: return "html"
        }
    }
}
