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
          sasaran inspect districts.gpkg --layer kabkota --format json --output d.json
          sasaran inspect grid.shp --crs EPSG:32749
        """)

    @Argument(help: "Boundary or point file: .shp (with .shx, .dbf, .prj, .cpg beside it), .geojson, or anything GDAL reads (.gpkg, .zip, .fgb, .kml, .gml, PG:…).")
    var path: String

    @OptionGroup var layerOptions: LayerOptionGroup

    @Flag(help: "Print JSON instead of text (the same as --format json).")
    var json = false

    @OptionGroup var outputs: OutputOptions

    func run() throws {
        let options = layerOptions.options
        let layer = try BoundaryReader.read(path: path, options: options.reading)
        let description = try LayerDescription(layer)
        var summary: LayerSummary?
        if description.isPolygonal {
            var regionOptions = options
            regionOptions.codeField = options.codeField ?? description.suggested("code") ?? RegionLayer.guessedCodeField(layer)
            regionOptions.nameField = options.nameField ?? description.suggested("name")
            regionOptions.recordNumbersAsCodes = true
            summary = try LayerSummary(RegionLayer(layer, options: regionOptions))
        }
        var outputs = self.outputs
        if json { outputs.format = .json }
        let manifest = try RunManifest.of(command: "inspect", inputs: [("boundaries", path)])
        try outputs.write(OutputDocument(formats: LayerDescriptionEmitter.formats, manifest: manifest) {
            try LayerDescriptionEmitter.render(description, summary: summary, format: $0)
        }, inputs: OutputTransaction.Input.boundary(path))
    }
}
