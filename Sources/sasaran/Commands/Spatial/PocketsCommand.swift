import ArgumentParser
import Foundation
import Sasaran
import SasaranReport

/// `sasaran pockets`: contiguous groups of selected regions.
struct PocketsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pockets",
        abstract: "Group the selected regions into poverty pockets: connected clusters under the adjacency graph.",
        discussion: """
        Ranks as `sasaran rank` does, then finds the connected components of the selected regions (links \
        between two selected regions only), each with its regions, value, share of the national total and \
        provinces, ranked by value. The pockets' values add up to the value the selection covers. GeoJSON \
        has one feature per pocket, its regions dissolved with GEOS.

        Example:
          sasaran pockets --boundaries kabkota_2025.shp --code-field KODE_KMD \\
            --parent-field KODE_PROV --indicators bps_poverty_kabkota_2015_2025.csv \\
            --code-column kode_kemendagri_2025 --value jumlah_miskin_ribu \\
            --where tahun=2023 --target 0.75 --tolerance-km 0.5 --sea-bridge-km 50
        """)

    @OptionGroup var inputs: ScenarioInputOptions
    @OptionGroup var adjacencyOptions: AdjacencyOptionGroup

    @OptionGroup var outputs: OutputOptions

    func run() throws {
        let result = try inputs.run()
        let graph = try result.layer.adjacency(adjacencyOptions.options)
        let pockets = result.selection.pockets(graph: graph)
        let written = try outputs.write(OutputDocument(formats: PocketEmitter.formats, manifest: result.manifest) {
            try PocketEmitter.render(pockets, result: result, graph: graph, format: $0)
        }, inputs: result.inputFiles)
        if !written.files.isEmpty {
            Terminal.note("\(pockets.count) pockets of \(result.selection.entries.count) regions; written to \(written.files.joined(separator: ", "))")
        }
        try Outcome.finish(result.selection)
    }
}

