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

    @OptionGroup var inputs: ScenarioInputOptions

    @Option(help: "Format printed on standard output: table (default), csv, json, geojson, md, svg (the map alone) or html (the report). With --output, nothing is printed unless --format is given.")
    var format: PriorityListFormat?

    @Option(help: "Write to this file (atomically) instead of standard output, in the format its extension names (.txt .csv .json .geojson .md .svg .html; else --format). Repeatable: one run, several files. A run manifest is written beside each (NAME.manifest.json).")
    var output: [String] = []

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
        let result = try inputs.run()
        let ran = Date()
        try requireLonLatForOutputs(result)
        let schematic = ReportOptions.isDefaultSchematicLayer(result.scenario.boundaries.path)
        let reportOptions = ReportOptions(language: lang, schematic: schematic, notice: notice,
                                          attributions: attribution.isEmpty ? nil : attribution)
        func render(_ format: PriorityListFormat) throws -> String {
            switch format {
            case .html: return try HTMLReport.render(result, options: reportOptions)
            case .svg: return try HTMLReport.map(result, options: reportOptions)
            default:
                let listNotice = notice ?? (schematic ? "Boundaries are schematic (not the real borders); the figures are real." : nil)
                return try PriorityListEmitter.render(result, format: format, options: EmitOptions(allRegions: allRegions, notice: listNotice))
            }
        }
        if output.isEmpty || format != nil { try OutputFile.emit(try render(format ?? .table), to: nil) }
        var manifests: Set<String> = []
        for path in output {
            let url = URL(fileURLWithPath: path)
            let named = PriorityListFormat.allCases.first { $0.fileExtension == url.pathExtension.lowercased() }
            try AtomicFileWriter.write(try render(named ?? format ?? .table), to: path)
            let manifestPath = OutputFile.manifestPath(besides: path)
            if manifests.insert(manifestPath).inserted {
                try AtomicFileWriter.write(try ManifestEmitter.render(result.manifest), to: manifestPath)
            }
        }
        let emitted = Date()
        if let report {
            try AtomicFileWriter.write(try HTMLReport.render(result, options: reportOptions), to: report)
        }
        if timings {
            Terminal.note(String(format: "run %.3fs  list %.3fs  report %.3fs", ran.timeIntervalSince(start),
                                 emitted.timeIntervalSince(ran), Date().timeIntervalSince(emitted)))
        }
        let written = output + (report.map { [$0] } ?? [])
        if !written.isEmpty {
            let selection = result.selection
            Terminal.note("\(selection.entries.count) regions, coverage \(NumberText.percent(selection.coverage))%; written to \(written.joined(separator: ", ")) (with \(manifests.sorted().joined(separator: ", ")))")
        }
    }
}

extension PriorityListFormat: ExpressibleByArgument {}
extension ReportLanguage: ExpressibleByArgument {}
