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
          sasaran rank --scenario design-2021.yaml --report report.html --lang id
        """)

    @Option(help: "Scenario file (YAML) describing inputs, rule and phases; replaces the input and rule flags.")
    var scenario: String?

    @Option(help: "Boundary file (.shp or .geojson).")
    var boundaries: String?

    @OptionGroup var layerOptions: LayerOptionGroup
    @OptionGroup var indicatorOptions: IndicatorOptionGroup
    @OptionGroup var targetingOptions: TargetingOptionGroup

    @Option(help: "Output format: table, csv, json, geojson, md, svg (the map alone) or html (the report).")
    var format: PriorityListFormat = .table

    @Option(help: "Write to this file (atomically) instead of standard output; a run manifest is written beside it (NAME.manifest.json).")
    var output: String?

    @Flag(help: "GeoJSON: every region, with selected/phase properties, instead of the selected ones only.")
    var allRegions = false

    @Option(help: "Also write the self-contained HTML report (map, coverage curve, tables, manifest) to this file.")
    var report: String?

    @Option(help: "Language of the HTML report and the SVG map: en or id (Bahasa Indonesia).")
    var lang: ReportLanguage = .en

    @Option(help: "A notice shown prominently in the report, the map and the Markdown list.")
    var notice: String?

    @Option(help: "A data attribution line for the report (repeatable); by default one is made from the input file names.")
    var attribution: [String] = []

    @Flag(help: "Print the time taken to run, to write the list and to make the report, on standard error.")
    var timings = false

    func run() throws {
        let start = Date()
        let scenario = try makeScenario()
        let result = try ScenarioRunner.run(scenario, extraInputs: self.scenario.map { [("scenario", $0)] } ?? [])
        for warning in result.manifest.warnings { Terminal.warn(warning) }
        let ran = Date()
        let schematic = ReportOptions.isDefaultSchematicLayer(scenario.boundaries.path)
        let reportOptions = ReportOptions(language: lang, schematic: schematic, notice: notice,
                                          attributions: attribution.isEmpty ? nil : attribution)
        let text: String
        switch format {
        case .html: text = try HTMLReport.render(result, options: reportOptions)
        case .svg: text = try HTMLReport.map(result, options: reportOptions)
        default:
            let listNotice = notice ?? (schematic ? "Boundaries are schematic (not the real borders); the figures are real." : nil)
            text = try PriorityListEmitter.render(result, format: format, options: EmitOptions(allRegions: allRegions, notice: listNotice))
        }
        try OutputFile.emit(text, to: output)
        let emitted = Date()
        if let report {
            try AtomicFileWriter.write(try HTMLReport.render(result, options: reportOptions), to: report)
            Terminal.note("report written to \(report)")
        }
        if timings {
            Terminal.note(String(format: "run %.3fs  list %.3fs  report %.3fs", ran.timeIntervalSince(start),
                                 emitted.timeIntervalSince(ran), Date().timeIntervalSince(emitted)))
        }
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
extension ReportLanguage: ExpressibleByArgument {}
