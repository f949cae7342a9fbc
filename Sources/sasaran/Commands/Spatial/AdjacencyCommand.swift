import ArgumentParser
import Foundation
import Sasaran
import SasaranIO
import SasaranReport

/// `sasaran adjacency`: the neighbours of every region.
struct AdjacencyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "adjacency",
        abstract: "Find neighbouring regions (queen or rook, with a distance tolerance and sea bridges).",
        discussion: """
        Writes one row per unordered pair of neighbours: code_a,code_b,kind,distance_km,shared_km (CSV, \
        sorted, code_a < code_b), or the GAL/GWT weights files of GeoDa and PySAL. kind is rook (a shared \
        border line), queen (a shared point, or within the tolerance without enough shared border) or \
        bridge (a sea bridge). Islands and connected components are summarised on standard error.

        Examples:
          sasaran adjacency --boundaries kabkota_2025.shp --code-field KODE_KMD \\
            --tolerance-km 0.5 --output adj.csv
          sasaran adjacency --boundaries kabkota_2025.shp --code-field KODE_KMD \\
            --sea-bridge-km 50 --format gal --output w.gal
        """)

    @Option(help: "Boundary file (.shp or .geojson).")
    var boundaries: String

    @OptionGroup var layerOptions: LayerOptionGroup
    @OptionGroup var adjacencyOptions: AdjacencyOptionGroup

    @OptionGroup var outputs: OutputOptions

    func run() throws {
        let start = Date()
        let layer = try RegionLayer.load(boundaries, options: layerOptions.options)
        for warning in layer.source.warnings { Terminal.warn(warning) }
        let graph = try layer.adjacency(adjacencyOptions.options)
        let name = URL(fileURLWithPath: boundaries).deletingPathExtension().lastPathComponent
        let manifest = try RunManifest.of(command: "adjacency", inputs: [("boundaries", boundaries)], layer: layer,
                                          parameters: adjacencyOptions.options.parameters)
        let written = try outputs.write(OutputDocument(formats: AdjacencyEmitter.formats, manifest: manifest) {
            try AdjacencyEmitter.render(graph, format: $0, layerName: name, idField: layer.codeField)
        }, inputs: OutputTransaction.Input.boundary(boundaries))
        Terminal.note(AdjacencyEmitter.summary(graph))
        Terminal.note(String(format: "%.2fs", Date().timeIntervalSince(start))
            + (written.files.isEmpty ? "" : "; written to \(written.files.joined(separator: ", "))"))
    }
}

