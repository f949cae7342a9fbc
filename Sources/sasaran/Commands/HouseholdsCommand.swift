import ArgumentParser
import Foundation
import Sasaran
import SasaranIO
import SasaranReport

/// `sasaran households`: did the programmes reach the target households? A household register
/// against the districts and the priority list.
struct HouseholdsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "households",
        abstract: "Read a household register: programme coverage, exclusion and inclusion errors, convergence and the gap, per district.",
        discussion: """
        The register is a CSV (plain or gzip, recognised by its bytes) with a header and one row per \
        household: an id, a district code (or any finer code that starts with one, such as a village \
        code), the column the target rule reads, optional household size and survey weight, and one column \
        per programme (0/1, or amounts with --amounts). It streams in blocks parsed on all cores; memory does \
        not grow with the rows (apart from the duplicate check, 8–16 bytes a household). A register in \
        PostgreSQL (--register postgresql://… with --register-table or --register-query) is streamed with \
        COPY … TO STDOUT WITH (FORMAT csv, HEADER) into the same parser: the same rows give the same \
        figures as their CSV; line numbers in errors count the header as line 1.

        Definitions (T: target households, R: a programme's recipients, H: all \
        households; with --weight-column every count is a sum of survey weights):
          coverage         |R∩T| / |T|, share of target households reached
          exclusion error  |T∖R| / |T| = 1 − coverage (undercoverage)
          inclusion error  |R∖T| / |R| (leakage)
          CGH index        (|R∩T| / |R|) / (|T| / |H|), Coady–Grosh–Hoddinott
                           (2004): 1 as by lottery, above 1 progressive
          priority         target households in the priority districts, share
                           of T; per programme the share of R there
          convergence      shares of T receiving every core programme, none,
                           and each combination
          gap              target households in priority districts with no
                           core programme
          concentration    per welfare decile (1 poorest) each programme's
                           share of recipients, cumulated (the curve), and
                           its index (above 0: pro-poor)
        Figures are given for the nation, each province and each district. A count of fewer than \
        --min-cell households (unweighted, above zero), or a share resting on one, is suppressed and shown \
        as <N (null in JSON, named in "suppressed"). Ids never appear in errors or outputs; only \
        --list-households writes the gap households' ids. Errors name the line and the column: unknown \
        district codes (or --unmatched warn), duplicate ids, a flag that is not 0/1, a decile outside \
        1–10, an empty or non-numeric value, a missing column, a truncated gzip. docs/households.md.

        JSON keys: households, targetHouseholds, programmes (name, recipients, coverage, exclusionError, \
        inclusionError, cgh, …), priority (targetInside, shareTargetInside, programmes), convergence \
        (allProgrammes, noProgramme, combinations), gap (households, share), districts and provinces (the \
        same per area), deciles, concentration, districtDeciles (each district's concentration table), \
        location, register, manifest. An .xlsx output (--output NAME.xlsx) is a workbook with typed cells: \
        sheets programmes, convergence, districts, provinces, deciles and district deciles, suppressed cells \
        holding the text <N. An .html output is the report's households section as a page, with maps of the \
        gap and of each programme's coverage per district.

        \(Outcome.exitStatuses)

        Examples:
          sasaran households --register register.csv.gz --boundaries kabkota_2025.shp \\
            --code-field KODE_KMD --parent-field KODE_PROV --code-column kode \\
            --target 'desil<=1' --programmes pkh,bpnt,pbi --priority list.json \\
            --format json
          sasaran households --register register.csv --boundaries kabkota_2025.shp \\
            --code-field KODE_KMD --target ekstrem --weight-column bobot \\
            --size-column art --programmes pkh,bpnt --csv-table provinces \\
            --output provinces.csv
        """)

    @Option(help: ArgumentHelp("The household register: CSV with a header, plain or gzip; or a PostgreSQL connection (postgresql://user@host/db, or PG:host=… dbname=…) with --register-table or --register-query.", valueName: "file-or-connection"))
    var register: String

    @Option(help: ArgumentHelp("With a PostgreSQL --register: the table or view holding the register (schema.table); only the columns read are sent.", valueName: "table"))
    var registerTable: String?

    @Option(help: ArgumentHelp("With a PostgreSQL --register: a SELECT whose rows are the register (instead of --register-table).", valueName: "sql"))
    var registerQuery: String?

    @Option(help: "Boundary file whose district codes the register's codes are matched to (and whose parent field gives the provinces).")
    var boundaries: String

    @OptionGroup var layerOptions: LayerOptionGroup

    @Option(help: "The register's household id column.")
    var idColumn = "id"

    @Option(help: "The register's district code column (a district code, or a finer code that starts with one); default kode, unless --lon-column and --lat-column place the households.")
    var codeColumn: String?

    @Option(help: ArgumentHelp("Longitude column (degrees): with --lat-column, each household is placed in the district containing it; with --code-column too, placed by its code and the disagreements counted.", valueName: "column"))
    var lonColumn: String?

    @Option(help: ArgumentHelp("Latitude column (degrees), with --lon-column.", valueName: "column"))
    var latColumn: String?

    @Option(help: ArgumentHelp("Who is in the target group: a 0/1 column (ekstrem), or a column, a comparison (<= < >= > = !=) and a number (desil<=1).", valueName: "rule"))
    var target: String

    @Option(help: "Welfare decile column (1–10, 1 the poorest), for the concentration table (default: the target rule's column when it is named desil or decile).")
    var decileColumn: String?

    @Flag(help: "No concentration table, even when the target rule reads a desil column.")
    var noDeciles = false

    @Option(help: "Household size column (persons): adds persons and person coverage.")
    var sizeColumn: String?

    @Option(help: "Survey weight column: every count becomes a sum of weights.")
    var weightColumn: String?

    @Option(help: "Programme columns, comma-separated (0/1, or amounts with --amounts).")
    var programmes: String

    @Flag(help: "Programme columns hold amounts; receipt is an amount above zero.")
    var amounts = false

    @Option(help: "Core programmes, comma-separated, for convergence and the gap (default: all).")
    var core: String?

    @Option(help: "Priority list: the JSON of `sasaran rank --format json`.")
    var priority: String?

    @Option(help: "Suppress cells of fewer households than this (unweighted); 0 or 1 shows every cell.")
    var minCell = 10

    @Option(help: "A register code matching no district: error (default), or warn (counted and reported).")
    var unmatched: UnmatchedPolicy = .error

    @Option(help: ArgumentHelp("Also write the ids of the gap households (target, in a priority district, no core programme) to this CSV. It holds ids: handle it as the register.", valueName: "file"))
    var listHouseholds: String?

    @Option(help: "CSV only: which table, districts (default), provinces, deciles or district-deciles (each district's concentration table).")
    var csvTable: HouseholdsCSVTable = .districts

    @OptionGroup var outputs: OutputOptions

    @Flag(help: "Print the seconds spent reading and the households per second, on standard error.")
    var timings = false

    enum UnmatchedPolicy: String, ExpressibleByArgument, CaseIterable { case error, warn }

    func validate() throws {
        if minCell < 0 { throw ValidationError("--min-cell must be 0 or more") }
        if listHouseholds != nil && priority == nil { throw ValidationError("--list-households lists gap households, which are in priority districts: give --priority") }
        if noDeciles && decileColumn != nil { throw ValidationError("give --decile-column or --no-deciles, not both") }
        if (lonColumn == nil) != (latColumn == nil) { throw ValidationError("give --lon-column and --lat-column together") }
        if registerTable != nil && registerQuery != nil { throw ValidationError("give --register-table or --register-query, not both") }
        let isDatabase = PostgresConnection.isConnectionString(register)
        if isDatabase && registerTable == nil && registerQuery == nil {
            throw ValidationError("--register is a PostgreSQL connection: give the table with --register-table (or the rows with --register-query)")
        }
        if !isDatabase && (registerTable != nil || registerQuery != nil) {
            throw ValidationError("--register-table and --register-query read from PostgreSQL: give --register postgresql://… (or PG:…)")
        }
    }

    /// The register's source, and how the manifest names it (never with a password).
    var registerSource: (source: HouseholdRegisterSource, name: String) {
        if let registerTable { return (.postgresTable(connection: register, table: registerTable), "\(OGRSource.redacted(register)) table \(registerTable)") }
        if let registerQuery { return (.postgresQuery(connection: register, query: registerQuery), "\(OGRSource.redacted(register)) query") }
        return (.file(register), register)
    }

    func run() throws {
        let start = Date()
        let rule = try TargetRule(parsing: target)
        let programmeList = Self.list(programmes)
        guard !programmeList.isEmpty else { throw ValidationError("give at least one programme column in --programmes") }
        let layout = HouseholdsRun.layout(id: idColumn, code: codeColumn, longitude: lonColumn, latitude: latColumn, target: rule,
                                          decileColumn: decileColumn, noDeciles: noDeciles,
                                          size: sizeColumn, weight: weightColumn, programmes: programmeList, amounts: amounts)
        let layer = try RegionLayer.load(boundaries, options: layerOptions.options)
        for warning in layer.source.warnings { Terminal.warn(warning) }
        let flags = try priority.map { try HouseholdsRun.priorityFlags(try RankedList(contentsOfFile: $0).codes, layer: layer, file: $0, boundaries: boundaries) }
        let options = HouseholdOptions(core: core.map(Self.list), minCell: minCell, countUnmatched: unmatched == .warn,
                                       listGapHouseholds: listHouseholds != nil)
        let readStart = Date()
        let report = try HouseholdsRun.report(source: registerSource.source, layout: layout, layer: layer, priority: flags, options: options) { progress in
            Terminal.progress(Self.progressLine(progress, since: readStart))
        }
        Terminal.endProgress()
        let read = Date()
        if report.unmatched > 0 {
            Terminal.warn("\(NumberText.grouped(report.unmatched)) households have a \(layout.code == nil ? "location in" : "code matching") no district; they are counted apart, not in the figures")
        }
        let inputs = [("register", registerSource.name), ("boundaries", boundaries)] + (priority.map { [("priority list", $0)] } ?? [])
        let manifest = try RunManifest.of(command: "households", inputs: inputs, layer: layer,
                                          parameters: HouseholdsRun.parameters(layout: layout, report: report, options: options))
        let document = HouseholdsEmitter.document(report, csvTable: csvTable, manifest: manifest, layer: layer)
        let companions = listHouseholds.map { [(path: $0, text: HouseholdsEmitter.gapList(report))] } ?? []
        let written = try outputs.write(document, inputs: OutputTransaction.Input.boundary(boundaries) + manifest.guardedInputs, companions: companions)
        if !written.files.isEmpty || listHouseholds != nil {
            Terminal.note("\(NumberText.grouped(report.householdsRead)) households read; written to "
                + (written.files + (listHouseholds.map { ["\($0) (\(NumberText.grouped(report.gapIds.count)) gap households)"] } ?? [])).joined(separator: ", "))
        }
        if timings {
            let seconds = read.timeIntervalSince(readStart)
            Terminal.note(String(format: "load boundaries %.3fs  read register %.3fs (%.0f households/s)  total %.3fs",
                                 readStart.timeIntervalSince(start), seconds, Double(report.householdsRead) / max(seconds, 1e-9),
                                 Date().timeIntervalSince(start)))
        }
    }

    /// "1,234,567 households  812,000/s  43%  ETA 0:12".
    static func progressLine(_ progress: RegisterProgress, since start: Date) -> String {
        let elapsed = Date().timeIntervalSince(start)
        let rate = Double(progress.households) / max(elapsed, 1e-3)
        var line = "\(NumberText.grouped(progress.households)) households  \(NumberText.grouped(rate))/s"
        if progress.fileBytes > 0, progress.bytesRead > 0 {
            let done = min(1, Double(progress.bytesRead) / Double(progress.fileBytes))
            let remaining = Int((elapsed / done - elapsed).rounded())
            line += String(format: "  %.0f%%  ETA %d:%02d", done * 100, remaining / 60, remaining % 60)
        }
        return line
    }

    private static func list(_ text: String) -> [String] {
        text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}

extension HouseholdsCSVTable: ExpressibleByArgument {}
