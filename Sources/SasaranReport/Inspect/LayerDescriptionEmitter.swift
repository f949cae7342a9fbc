import Foundation
import Sasaran
import SasaranIO

/// `sasaran inspect` output for what a file holds (``LayerDescription``): the text lines a user
/// reads first, and the JSON (`description` beside the region checks' keys).
public enum LayerDescriptionEmitter {
    /// The formats of `inspect`: text first.
    public static let formats: [OutputFormat] = [.table, .json]

    /// What `inspect` prints: the description, then the region checks when the file is a region
    /// layer (`summary`).
    public static func render(_ description: LayerDescription, summary: LayerSummary?, format: OutputFormat) throws -> String {
        switch format {
        case .table: return text(description) + (summary.map { LayerSummaryEmitter.text($0, shown: Set(description.warnings)) } ?? "")
        case .json: return try json(description, summary: summary)
        default: throw OutputUsageError.unsupported(format, "a file's description")
        }
    }

    /// The description as aligned text lines (File, Format, CRS, Records, Extent, Fields,
    /// Suggested, Warning), ending with a newline.
    public static func text(_ description: LayerDescription) -> String {
        var lines = [
            "File       \(description.path)",
            "Format     \(description.format), encoding \(description.encoding)",
            "CRS        \(crsText(description.crs))",
            "Records    \(records(description))",
            "Extent     \(extent(description))",
        ]
        let labels = description.fields.map { "\($0.name) \($0.type)" }
        let width = labels.map(\.count).max() ?? 0
        let counts = description.fields.map { field in
            "\(NumberText.grouped(field.distinct)) distinct" + (field.empty > 0 ? ", \(NumberText.grouped(field.empty)) empty" : "")
        }
        let countWidth = counts.map(\.count).max() ?? 0
        for (index, field) in description.fields.enumerated() {
            let label = labels[index].padding(toLength: width, withPad: " ", startingAt: 0)
            let count = counts[index].padding(toLength: countWidth, withPad: " ", startingAt: 0)
            let samples = field.samples.map { "\"\(shortened($0))\"" }.joined(separator: ", ")
            let more = field.distinct > field.samples.count ? ", …" : ""
            lines.append((index == 0 ? "Fields     " : "           ") + "\(label)  \(count)  \(samples)\(more)")
        }
        if description.fields.isEmpty { lines.append("Fields     none") }
        for (index, suggestion) in description.suggestions.enumerated() {
            let role = suggestion.role.padding(toLength: 6, withPad: " ", startingAt: 0)
            lines.append((index == 0 ? "Suggested  " : "           ") + "\(role) \(suggestion.field): \(suggestion.why)")
        }
        if description.suggestions.isEmpty { lines.append("Suggested  no code field: none is unique and present in every record") }
        lines += description.warnings.map { "Warning    \($0)" }
        return lines.joined(separator: "\n") + "\n"
    }

    /// "WGS 84 (EPSG:4326), from .prj; transformed to WGS 84 lon/lat", or "unknown (no .prj)".
    public static func crsText(_ crs: CRSInfo) -> String {
        guard crs.known else { return "unknown (\(crs.source)); give --crs for areas, maps, GeoJSON, adjacency and locate" }
        return crs.name + (crs.code.map { " (\($0))" } ?? "") + (crs.source == "assumed" ? ", assumed" : ", from \(crs.source)")
            + (crs.transformed ? "; transformed to WGS 84 lon/lat" : "")
    }

    private static func records(_ description: LayerDescription) -> String {
        let types = description.geometryTypes.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .map { "\(NumberText.grouped($0.value)) \($0.key)" }.joined(separator: ", ")
        return "\(NumberText.grouped(description.records))" + (types.isEmpty ? "" : ": \(types)")
            + "; \(NumberText.grouped(description.nullGeometries)) null, \(NumberText.grouped(description.emptyGeometries)) empty"
    }

    private static func extent(_ description: LayerDescription) -> String {
        guard description.bbox.count == 4 else { return "empty" }
        let box = description.bbox
        if description.crs.known { return String(format: "%.4f, %.4f … %.4f, %.4f (lon, lat)", box[0], box[1], box[2], box[3]) }
        return "\(NumberText.grouped(box[0], decimals: 2)), \(NumberText.grouped(box[1], decimals: 2)) … \(NumberText.grouped(box[2], decimals: 2)), \(NumberText.grouped(box[3], decimals: 2)) (x, y in the file's units)"
    }

    private static func shortened(_ value: String) -> String {
        value.count > 40 ? String(value.prefix(39)) + "…" : value
    }

    /// The JSON of `inspect --json`: the region checks' keys (``LayerSummary``) when the file is
    /// a region layer, and `description`.
    public static func json(_ description: LayerDescription, summary: LayerSummary?) throws -> String {
        try JSONText.encode(InspectJSON(description: description, summary: summary))
    }

    private struct InspectJSON: Encodable {
        var description: LayerDescription
        var summary: LayerSummary?

        enum Key: String, CodingKey { case description }

        func encode(to encoder: Encoder) throws {
            try summary?.encode(to: encoder)
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(description, forKey: .description)
        }
    }
}
