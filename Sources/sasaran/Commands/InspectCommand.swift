import ArgumentParser
import SasaranIO
import Foundation
import Sasaran
import SasaranReport

/// `sasaran inspect`: what a boundary file holds and what is wrong with it.
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Describe a boundary file: format, CRS, extent, fields, regions, invalid geometries, overlaps, area.",
        discussion: """
        Invalid geometries are repaired with GEOS make-valid and listed; overlapping pairs of regions are \
        found with an STRtree and measured on the WGS84 ellipsoid. Areas are geodesic (km²).

        Examples:
          sasaran inspect ../shared/data/idn/boundaries/shp/kabkota_2025.shp --code-field KODE_KMD
          sasaran inspect districts.geojson --code-field kode_kemendagri --json
        """)

    @Argument(help: "Boundary file: .shp (with .shx, .dbf, .prj, .cpg beside it) or .geojson.")
    var path: String

    @OptionGroup var layerOptions: LayerOptionGroup

    @Flag(help: "Print JSON instead of text.")
    var json = false

    @Option(help: "Write to this file instead of standard output.")
    var output: String?

    func run() throws {
        let layer = try RegionLayer.load(path, options: layerOptions.options)
        let summary = try LayerSummary(layer)
        if json {
            try OutputFile.emit(try JSONText.encode(summary), to: output)
        } else {
            try OutputFile.emit(Self.text(summary), to: output)
        }
    }

    static func text(_ summary: LayerSummary) -> String {
        let box = summary.bbox.count == 4
            ? String(format: "%.4f, %.4f … %.4f, %.4f (lon, lat)", summary.bbox[0], summary.bbox[1], summary.bbox[2], summary.bbox[3])
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
        if summary.repairs.count > 10 { lines.append("             … and \(summary.repairs.count - 10) more (see --json)") }
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
}
