import ArgumentParser
import Foundation
import Sasaran
import SasaranIO
import SasaranReport

/// `sasaran convergence`: where programme allocations land against the priority list.
struct ConvergenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convergence",
        abstract: "Check where programme allocations land against the priority list.",
        discussion: """
        Selects as `sasaran rank` does, then reads a programme table (one row per programme and district, \
        or --wide: one column per programme) and reports, for every phase of the list: per priority \
        district the programmes reaching it (amount above zero), their number, the amount per poor person \
        and the gaps (fewer than --min-programmes programmes); per programme its amount inside the list \
        against the list's share of the poor, its leakage (share outside) and its concentration index \
        against the ranking; per province the same summed; and the plan's score (share of all amounts in \
        the list, share of priority districts reached by every --core programme). Definitions: \
        docs/convergence.md.

        Examples:
          sasaran convergence --boundaries kabkota_2025.shp --code-field KODE_KMD \\
            --parent-field KODE_PROV --indicators bps_poverty_kabkota_2015_2025.csv \\
            --code-column kode_kemendagri_2025 --value jumlah_miskin_ribu \\
            --where tahun=2023 --programmes programmes.csv --unit "IDR million" \\
            --min-programmes 2 --core PKH,BPNT
          sasaran convergence --scenario convergence-2023.yaml --format md \\
            --output convergence.md
        """)

    /// The inputs and rule, as for the other commands; a scenario file may also hold a
    /// `programmes:` section, which replaces the programme flags.
    @OptionGroup var input: ScenarioInputOptions

    @Option(help: "Programme allocation table (CSV): long (programme, code, amount[, year]) or --wide.")
    var programmes: String?

    @Option(help: "Long table: the column naming the programme.")
    var programmeColumn: String?

    @Option(help: "Long table: the column holding the amount.")
    var amountColumn: String?

    @Option(help: "The programme table's column holding the layer's district codes.")
    var codeColumnProgrammes: String = "code"

    @Flag(help: "The table is wide: one row per district, one amount column per programme.")
    var wide = false

    @Option(help: "Wide table: the programme columns, comma-separated (default: every column but the code and year).")
    var programmeColumns: String?

    @Option(help: "The programme table's year column.")
    var yearColumn: String?

    @Option(help: "Keep only this year of the programme table (needs --year-column); without it, years are added up.")
    var year: String?

    @Option(help: "The unit of the amounts, e.g. \"IDR million\" or households.")
    var unit: String?

    @Option(help: "A priority district reached by fewer programmes than this is a gap (default 1).")
    var minProgrammes: Int?

    @Option(help: "Core programmes, comma-separated: the score counts priority districts reached by all of them (default: all).")
    var core: String?


    @Option(help: "CSV only: which table, districts (default), programmes or provinces.")
    var csvTable: ConvergenceCSVTable = .districts

    @OptionGroup var outputs: OutputOptions

    @Option(help: ArgumentHelp("Also write the convergence section (matrix, gap districts and their map) as an HTML page: the same as --output FILE.html.", valueName: "file.html"))
    var html: String?

    var hasProgrammeFlags: Bool {
        programmes != nil || programmeColumn != nil || amountColumn != nil || codeColumnProgrammes != "code" || wide
            || programmeColumns != nil || yearColumn != nil || year != nil || unit != nil || minProgrammes != nil || core != nil
    }

    func validate() throws {
        if wide && (programmeColumn != nil || amountColumn != nil) {
            throw ValidationError("--programme-column and --amount-column are for long tables; with --wide use --programme-columns")
        }
        if !wide && programmeColumns != nil { throw ValidationError("--programme-columns needs --wide") }
        if year != nil && yearColumn == nil { throw ValidationError("--year needs --year-column") }
        try NumberFlags.check(minProgrammes, "--min-programmes", in: 0...NumberFlags.dimensions.upperBound)
    }

    func run() throws {
        let (scenario, programmes) = try makeInputs()
        let result = try ScenarioRunner.run(scenario, extraInputs: input.scenario.map { [("scenario", $0)] } ?? [])
        for warning in result.manifest.warnings { Terminal.warn(warning) }
        let table = try programmes.load()
        let report = try Convergence.analyse(result, programmes: table, options: programmes.options)
        let manifest = try Convergence.manifest(result, programmes: programmes, report: report)
        let notice = EmitOptions().listNotice(result)
        let document = ConvergenceEmitter.document(report, scenario: scenario.name, layer: result.layer, csvTable: csvTable,
                                                   manifest: manifest, notice: notice)
        let written = try outputs.write(document, inputs: result.inputFiles + manifest.guardedInputs, extraPaths: html.map { [$0] } ?? [])
        if !written.files.isEmpty {
            let score = report.final.score
            Terminal.note("\(score.priorityDistricts) priority districts, \(score.gaps) gap(s), "
                + "\(score.amountShareInside.map { String(format: "%.2f", $0 * 100) } ?? "–")% of the amounts inside; "
                + "written to \(written.files.joined(separator: ", ")) (with \(written.manifests.joined(separator: ", ")))")
        }
        try Outcome.finish(result.selection)
    }

    /// The scenario and the programme input, from a scenario file or the flags.
    func makeInputs() throws -> (Scenario, ProgrammeInput) {
        guard let path = input.scenario else { return (try input.makeScenario(), try programmeInput()) }
        try input.requireScenarioAlone()
        let loaded = try ConvergenceScenarioFile.load(path: path)
        guard let section = loaded.programmes else { return (loaded.scenario, try programmeInput()) }
        if hasProgrammeFlags { throw ValidationError("the scenario's programmes section describes the programme table; do not combine it with programme flags") }
        return (loaded.scenario, section)
    }

    /// The programme input from the flags.
    func programmeInput() throws -> ProgrammeInput {
        guard let programmes else { throw ValidationError("give --programmes CSV (or a programmes section in the scenario file)") }
        let layout: ProgrammeColumns.Layout = wide ? .wide(programmes: programmeColumns.map(Self.list))
            : .long(programme: programmeColumn ?? "programme", amount: amountColumn ?? "amount")
        let columns = ProgrammeColumns(layout: layout, code: codeColumnProgrammes, year: yearColumn, yearFilter: year)
        let coreList = core.map(Self.list)
        return ProgrammeInput(path: programmes, columns: columns, unit: unit ?? "",
                              options: ConvergenceOptions(minProgrammes: minProgrammes ?? 1, core: coreList?.isEmpty == true ? nil : coreList))
    }

    private static func list(_ text: String) -> [String] {
        text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}

extension ConvergenceCSVTable: ExpressibleByArgument {}
