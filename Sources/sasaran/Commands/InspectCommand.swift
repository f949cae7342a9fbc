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
          sasaran inspect ../shared/data/idn/boundaries/shp/kabkota_2025.shp \\
            --code-field KODE_KMD
          sasaran inspect districts.geojson --code-field kode_kemendagri --format json \\
            --output summary.json
        """)

    @Argument(help: "Boundary file: .shp (with .shx, .dbf, .prj, .cpg beside it) or .geojson.")
    var path: String

    @OptionGroup var layerOptions: LayerOptionGroup

    @Flag(help: "Print JSON instead of text (the same as --format json).")
    var json = false

    @OptionGroup var outputs: OutputOptions

    func run() throws {
        let layer = try RegionLayer.load(path, options: layerOptions.options)
        let summary = try LayerSummary(layer)
        var outputs = self.outputs
        if json { outputs.format = .json }
        let manifest = try RunManifest.of(command: "inspect", inputs: [("boundaries", path)], layer: layer)
        try outputs.write(OutputDocument(formats: LayerSummaryEmitter.formats, manifest: manifest) {
            try LayerSummaryEmitter.render(summary, format: $0)
        }, inputs: OutputTransaction.Input.boundary(path))
    }
}
