import Foundation
import Sasaran

/// The region checks of `sasaran inspect` as text: regions, area, invalid geometries repaired,
/// overlaps, duplicate and empty codes, null shapes. They follow the file's description
/// (``LayerDescriptionEmitter``), which shows the file, CRS, extent and fields.
enum LayerSummaryEmitter {
    /// The checks as lines; warnings in `shown` (already in the description) are not repeated.
    static func text(_ summary: LayerSummary, shown: Set<String>) -> String {
        func area(_ value: Double?, decimals: Int) -> String { value.map { NumberText.grouped($0, decimals: decimals) } ?? "?" }
        var lines = [
            "Regions    \(summary.regions) (code field \(summary.codeField), name field \(summary.nameField ?? "none"))",
            "Area       " + (summary.areaKm2.map { "\(NumberText.grouped($0, decimals: 1)) km² (geodesic, WGS84)" } ?? "not measured (CRS unknown)"),
            "Invalid    \(summary.invalidRepaired) geometries found and repaired",
        ]
        for repair in summary.repairs.prefix(10) {
            lines.append("             \(repair.code) (record \(repair.record)): \(repair.reason); \(area(repair.areaKm2Before, decimals: 1)) → \(area(repair.areaKm2After, decimals: 1)) km²")
        }
        if summary.repairs.count > 10 { lines.append("             … and \(summary.repairs.count - 10) more (see --format json)") }
        if let overlaps = summary.overlaps {
            lines.append("Overlaps   \(overlaps) pairs, \(area(summary.overlapAreaKm2, decimals: 1)) km² in all")
        }
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
        lines += summary.warnings.filter { !shown.contains($0) }.map { "Warning    \($0)" }
        return lines.joined(separator: "\n") + "\n"
    }
}
