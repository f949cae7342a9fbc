import ArgumentParser
import Foundation
import Sasaran
import SasaranReport

/// `sasaran hotspots`: local Getis-Ord Gi* of the indicator over the adjacency graph.
struct HotspotsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hotspots",
        abstract: "Find significant clusters of high (hot) and low (cold) values with local Getis-Ord Gi*.",
        discussion: """
        Ranks as `sasaran rank` does, computes Gi* (binary weights including the region itself) of every \
        region with a value over the adjacency graph, pseudo p-values from seeded conditional permutations, \
        and Benjamini–Hochberg q-values; a region is a hot or cold spot when q ≤ alpha. The table lists the \
        significant regions and whether each is selected; CSV and JSON hold every region.

        Example:
          sasaran hotspots --boundaries kabkota_2025.shp --code-field KODE_KMD \\
            --parent-field KODE_PROV --indicators bps_poverty_kabkota_2015_2025.csv \\
            --code-column kode_kemendagri_2025 --value jumlah_miskin_ribu \\
            --where tahun=2023 --tolerance-km 0.5 --permutations 9999 --seed 7
        """)

    @OptionGroup var inputs: ScenarioInputOptions
    @OptionGroup var adjacencyOptions: AdjacencyOptionGroup

    @Option(help: "Conditional permutations per region (default 999).")
    var permutations: Int = 999

    @Option(help: "Seed of the permutations (the same seed gives the same p-values).")
    var seed: UInt64 = 20_240_601

    @Option(help: "False-discovery rate for the Benjamini–Hochberg correction (default 0.05).")
    var alpha: Double = 0.05

    @OptionGroup var outputs: OutputOptions

    func validate() throws {
        try NumberFlags.check(permutations, "--permutations", in: NumberFlags.permutations)
        try NumberFlags.checkOpenShare(alpha, "--alpha")
    }

    func run() throws {
        let result = try inputs.run()
        let graph = try result.layer.adjacency(adjacencyOptions.options)
        let values = result.join.regions.map(\.value)
        let options = HotSpotOptions(permutations: permutations, seed: seed, alpha: alpha)
        let spots = HotSpots.getisOrdStar(values: values, graph: graph, options: options)
        let written = try outputs.write(OutputDocument(formats: HotSpotEmitter.formats, manifest: result.manifest) {
            try HotSpotEmitter.render(spots, result: result, options: options, format: $0)
        }, inputs: result.inputFiles)
        if !written.files.isEmpty { Terminal.note("\(spots.count) regions; written to \(written.files.joined(separator: ", "))") }
        try Outcome.finish(result.selection)
    }
}

