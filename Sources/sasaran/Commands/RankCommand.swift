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

        Formats: table (default), csv, json, geojson, md, svg (the map alone), html (the report), \
        xlsx (a workbook: the list with its title block, the provinces, the phases, the manifest), \
        pdf (the decree annex: A4, parameters, numbered map, list, provinces), gpkg (a GeoPackage \
        layer), and a PostGIS table (--output PG:… --output-table NAME, replaced in one transaction).

        \(Outcome.exitStatuses)

        Examples:
          sasaran rank --boundaries kabkota_2025.shp --code-field KODE_KMD \\
            --parent-field KODE_PROV --indicators poverty.csv \\
            --code-column kode_kemendagri_2025 --value jumlah_miskin_ribu \\
            --where tahun=2023 --target 0.75
          sasaran rank --scenario design-2021.yaml --format json --output list.json
          sasaran rank --scenario design-2021.yaml --output list.csv \\
            --output list.geojson --report report.html --lang id
          sasaran rank --scenario design-2021.yaml --output list.xlsx \\
            --output annex.pdf --output list.gpkg --lang id --title "Lampiran"
          sasaran rank --scenario design-2021.yaml --all-regions \\
            --output "PG:dbname=plans" --output-table priority_2021
          sasaran rank ... --where tahun=2023 --optimise \\
            --cover 'jumlah_miskin_ribu>=0.75,penduduk_implied_ribu>=0.5'
          sasaran rank ... --where tahun=2023 --population penduduk_implied_ribu --optimise \\
            --cost-column population --unit-cost 50000000 --budget 2e12 --alternatives 3 --within 1%

        With --optimise the list is exact: the fewest regions (or, with --cost-column, the cheapest \
        list) meeting every cover target, or with --budget the most value covered within it, under \
        every constraint of the rule. The output says whether it is proven optimal (objective, bound, \
        gap, seconds; the solver in the manifest) and shows the greedy list beside it. When the \
        constraints cannot hold together, the smallest conflicting set is named with its numbers, \
        and the best list with that set relaxed is written (exit status 3).
        """)

    @OptionGroup var inputs: ScenarioInputOptions
    @OptionGroup(title: "Exact selection") var optimisation: OptimiseOptionGroup
    @OptionGroup var outputs: OutputOptions

    @Flag(help: "GeoJSON, GeoPackage and PostGIS: every region, with selected/phase properties, instead of the selected ones only.")
    var allRegions = false

    @Option(help: ArgumentHelp("The PostGIS table a PG: output replaces, in one transaction (--table names index tables).", valueName: "name"))
    var outputTable: String?

    @Option(help: "The title of the HTML report, the workbook and the PDF annex (default: \"Priority list: SCENARIO\"); written as plain text.")
    var title: String?

    @Option(help: ArgumentHelp("Also write the self-contained HTML report (map, coverage curve, tables, manifest): the same as --output FILE.html.", valueName: "file.html"))
    var report: String?

    @Option(help: "Language of the HTML report, the SVG map, the workbook and the PDF annex: en or id (Bahasa Indonesia).")
    var lang: ReportLanguage = .en

    @Option(help: "A notice shown prominently in the report, the map and the Markdown list.")
    var notice: String?

    @Option(help: "A data attribution line for the report (repeatable); by default one is made from the input file names.")
    var attribution: [String] = []

    @Flag(help: "Print the time taken to run and to write the outputs, on standard error.")
    var timings = false

    func validate() throws {
        if let report, OutputFormat.named(byExtensionOf: report) != .html {
            throw ValidationError("--report \(report): the report is an .html file")
        }
        let database = outputs.output.contains(where: OutputFormat.isDatabase)
        if outputTable != nil && !database { throw ValidationError("--output-table: names the table of a PG: output (--output PG:…)") }
        if database && (outputTable ?? "").isEmpty { throw ValidationError("--output PG:…: name the table to replace with --output-table NAME") }
    }

    func run() throws {
        let start = Date()
        let optimise = try optimisation.request()
        let result = try inputs.run { scenario in
            if let optimise { scenario.optimisation = optimise }
        }
        let ran = Date()
        let options = EmitOptions(allRegions: allRegions, notice: notice, language: lang,
                                  attributions: attribution.isEmpty ? nil : attribution, title: title)
        let written = try outputs.write(PriorityListEmitter.document(result, options: options), inputs: result.inputFiles,
                                        extraPaths: report.map { [$0] } ?? [], table: outputTable)
        if timings {
            Terminal.note(String(format: "run %.3fs  write %.3fs", ran.timeIntervalSince(start), Date().timeIntervalSince(ran)))
        }
        if !written.files.isEmpty {
            let selection = result.selection
            Terminal.note("\(selection.entries.count) regions, coverage \(NumberText.percent(selection.coverage))%; written to \(written.files.joined(separator: ", ")) (with \(written.manifests.joined(separator: ", ")))")
        }
        if let outcome = result.optimisation { try Outcome.finish(outcome) }
        try Outcome.finish(result.selection)
    }
}

extension ReportLanguage: ExpressibleByArgument {}
