import ArgumentParser
import Foundation
import Sasaran
import SasaranIO
import SasaranReport

/// `sasaran rank`: the priority list.
struct RankCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rank",
        abstract: "Rank regions by their share of the national total until a coverage target is reached.",
        discussion: """
        Joins an indicator table to a boundary layer by code, orders regions by the rank key (descending, \
        ties by code), and adds them until the cumulative share of the national total reaches the target; \
        the region that crosses the target is included and named as the marginal one. Constraints that \
        cannot be met give the best list and say what was not met, by how much.

        Examples:
          sasaran rank --boundaries kabkota_2025.shp --code-field KODE_KMD --parent-field KODE_PROV \\
            --indicators bps_poverty_kabkota_2015_2025.csv --code-column kode_kemendagri_2025 \\
            --value jumlah_miskin_ribu --where tahun=2023 --target 0.75
          sasaran rank --scenario design-2021.yaml --format json --output list.json
        """)

    @Option(help: "Scenario file (YAML) describing inputs, rule and phases; replaces the input and rule flags.")
    var scenario: String?

    @Option(help: "Boundary file (.shp or .geojson).")
    var boundaries: String?

    @OptionGroup var layerOptions: LayerOptionGroup
    @OptionGroup var indicatorOptions: IndicatorOptionGroup
    @OptionGroup var targetingOptions: TargetingOptionGroup

    @Option(help: "Output format: table, csv, json, geojson or md.")
    var format: PriorityListFormat = .table

    @Option(help: "Write to this file (atomically) instead of standard output; a run manifest is written beside it (NAME.manifest.json).")
    var output: String?

    @Flag(help: "GeoJSON: every region, with selected/phase properties, instead of the selected ones only.")
    var allRegions = false

    func run() throws {
        let scenario = try makeScenario()
        let result = try ScenarioRunner.run(scenario, extraInputs: self.scenario.map { [("scenario", $0)] } ?? [])
        for warning in result.manifest.warnings { Terminal.warn(warning) }
        let text = try PriorityListEmitter.render(result, format: format, options: EmitOptions(allRegions: allRegions))
        try OutputFile.emit(text, to: output)
        if let output {
            let manifestPath = URL(fileURLWithPath: output).deletingPathExtension().path + ".manifest.json"
            try AtomicFileWriter.write(try ManifestEmitter.render(result.manifest), to: manifestPath)
            let selection = result.selection
            Terminal.note("\(selection.entries.count) regions, coverage \(String(format: "%.2f", selection.coverage * 100))%; written to \(output) (manifest \(manifestPath))")
        }
    }

    /// The scenario from a file, or from the flags.
    func makeScenario() throws -> Scenario {
        if let path = scenario {
            if boundaries != nil || indicatorOptions.indicators != nil || targetingOptions.hasRuleFlags {
                throw ValidationError("--scenario describes the inputs and the rule; do not combine it with --boundaries, --indicators or rule flags")
            }
            return try ScenarioFile.load(path: path)
        }
        guard let boundaries else { throw ValidationError("give --boundaries PATH (or --scenario FILE)") }
        let input = try indicatorOptions.input()
        return Scenario(name: input.columns.filters.isEmpty ? input.columns.value : "\(input.columns.value) \(input.columns.filters.map(\.description).joined(separator: " "))",
                        boundaries: BoundaryInput(path: boundaries, options: layerOptions.options),
                        indicators: input, request: try targetingOptions.request())
    }
}

extension PriorityListFormat: ExpressibleByArgument {}
