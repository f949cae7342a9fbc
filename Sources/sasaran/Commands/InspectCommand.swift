import ArgumentParser
import SasaranIO
import Foundation
import Sasaran
import SasaranReport

/// `sasaran inspect`: what a boundary file holds and what is wrong with it.
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Describe a boundary or point file: format, CRS, records, geometry types, extent, fields with sample values, suggested code/name/parent fields; for regions also invalid geometries, overlaps, area.",
        discussion: """
        Needs no other option: without --code-field the suggested code field is used for the region \
        checks. Invalid geometries are repaired with GEOS make-valid and listed; overlapping pairs of \
        regions are found with an STRtree and measured on the WGS84 ellipsoid. Areas are geodesic (km²), \
        and need a known coordinate reference system (--crs where the file states none).

        Examples:
          sasaran inspect ../shared/data/idn/boundaries/shp/kabkota_2025.shp
          sasaran inspect districts.gpkg --layer kabkota --json
          sasaran inspect grid.shp --crs EPSG:32749
        """)

    @Argument(help: "Boundary or point file: .shp (with .shx, .dbf, .prj, .cpg beside it), .geojson, or anything GDAL reads (.gpkg, .zip, .fgb, .kml, .gml, PG:…).")
    var path: String

    @OptionGroup var layerOptions: LayerOptionGroup

    @Flag(help: "Print JSON instead of text.")
    var json = false

    @Option(help: "Write to this file instead of standard output.")
    var output: String?

    func run() throws {
        let options = layerOptions.options
        let layer = try BoundaryReader.read(path: path, options: options.reading)
        let description = LayerDescription(layer)
        var summary: LayerSummary?
        if description.isPolygonal {
            var regionOptions = options
            regionOptions.codeField = options.codeField ?? description.suggested("code") ?? RegionLayer.guessedCodeField(layer)
            regionOptions.nameField = options.nameField ?? description.suggested("name")
            regionOptions.recordNumbersAsCodes = true
            summary = try LayerSummary(RegionLayer(layer, options: regionOptions))
        }
        if json {
            try OutputFile.emit(try LayerDescriptionEmitter.json(description, summary: summary), to: output)
        } else {
            let regions = summary.map { Self.text($0, shown: Set(description.warnings)) } ?? ""
            try OutputFile.emit(LayerDescriptionEmitter.text(description) + regions, to: output)
        }
    }

    /// The region checks, after the description (which shows the file, CRS, extent and fields);
    /// warnings in `shown` are not repeated.
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
        if summary.repairs.count > 10 { lines.append("             … and \(summary.repairs.count - 10) more (see --json)") }
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
