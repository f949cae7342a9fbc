import Foundation
import Sasaran

/// Writes what `sasaran inspect` found in a boundary file: aligned text for people, or JSON.
public enum LayerSummaryEmitter {
    /// The formats of a layer summary; the text first.
    public static let formats: [OutputFormat] = [.table, .json]

    /// The summary in `format`.
    public static func render(_ summary: LayerSummary, format: OutputFormat) throws -> String {
        switch format {
        case .table: return text(summary)
        case .json: return try JSONText.encode(summary)
        default: throw OutputUsageError.unsupported(format, "a layer summary")
        }
    }

    static func text(_ summary: LayerSummary) -> String {
        let box = summary.bbox.count == 4
            ? "\(coordinate(summary.bbox[0])), \(coordinate(summary.bbox[1])) … \(coordinate(summary.bbox[2])), \(coordinate(summary.bbox[3])) (lon, lat)"
            : "empty"
        let crs = summary.crs.name + (summary.crs.code.map { " (\($0))" } ?? "") + ", from \(summary.crs.source)"
            + (summary.crs.transformed ? "; transformed to WGS 84 lon/lat" : "")
        var lines = [
            "File       \(summary.path)",
            "Format     \(summary.format), encoding \(summary.encoding)",
            "CRS        \(crs)",
            "Extent     \(box)",
            "Regions    \(summary.regions) (code field \(summary.codeField), name field \(summary.nameField ?? "none"))",
            "Area       \(NumberText.grouped(summary.areaKm2, decimals: 1)) km² (geodesic, WGS84)",
            "Fields     " + summary.fields.map { "\($0.name) \($0.type)" }.joined(separator: ", "),
            "Invalid    \(summary.invalidRepaired) geometries found and repaired",
        ]
        for repair in summary.repairs.prefix(10) {
            lines.append("             \(repair.code) (record \(repair.record)): \(repair.reason); \(NumberText.grouped(repair.areaKm2Before, decimals: 1)) → \(NumberText.grouped(repair.areaKm2After, decimals: 1)) km²")
        }
        if summary.repairs.count > 10 { lines.append("             … and \(summary.repairs.count - 10) more (see --format json)") }
        lines.append("Overlaps   \(summary.overlaps) pairs, \(NumberText.grouped(summary.overlapAreaKm2, decimals: 1)) km² in all")
        for overlap in summary.overlapPairs.prefix(5) {
            lines.append("             \(overlap.codeA) × \(overlap.codeB): \(NumberText.grouped(overlap.areaKm2, decimals: 2)) km²")
        }
        if !summary.duplicateCodes.isEmpty {
            lines.append("Duplicates " + summary.duplicateCodes.keys.sorted().map { "\($0) (records \(summary.duplicateCodes[$0]!.map(String.init).joined(separator: ", ")))" }.joined(separator: "; "))
        }
        if !summary.emptyCodeRecords.isEmpty {
            lines.append("Empty code records " + summary.emptyCodeRecords.map(String.init).joined(separator: ", "))
        }
        if !summary.nullGeometryRecords.isEmpty {
            lines.append("Null shapes records " + summary.nullGeometryRecords.map(String.init).joined(separator: ", "))
        }
        lines += summary.warnings.map { "Warning    \($0)" }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A bounding-box coordinate with four decimals ("–" when not finite).
    private static func coordinate(_ x: Double) -> String {
        x.isFinite ? String(format: "%.4f", locale: Locale(identifier: "en_US_POSIX"), x) : "–"
    }
}
