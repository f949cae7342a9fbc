import ArgumentParser
import Sasaran
import SasaranIO

/// Options naming the indicator table, its columns and filters, the crosswalk and join policies.
struct IndicatorOptionGroup: ParsableArguments {
    @Option(help: "Indicator table: CSV (`,` `;` or tab; any locale), .xlsx or .ods.")
    var indicators: String?

    @Option(help: "The sheet of an .xlsx/.ods indicator table, by name or number (default: the first).")
    var sheet: String?

    @Option(help: "Decimal separator of the indicator table: . or , (default: detected; a `;` file with 30,36 has a decimal comma).")
    var decimal: DecimalSeparator?

    @Option(help: "Text encoding of the indicator table: utf-8, utf-16, windows-1252 (default: UTF-8, or UTF-16 by its byte-order mark).")
    var encoding: TextEncoding?

    @Option(help: "Column of the indicator table holding the region code.")
    var codeColumn: String?

    @Option(help: "Column holding the count to rank by share (e.g. number of poor).")
    var value: String?

    @Option(help: "Column holding the population (needed for --rank-by rate).")
    var population: String?

    @Option(help: "Column holding the region names, compared with the layer's after the join: more than 10% disagreeing refuses the join (another code system). Default: the first column named like nama or name.")
    var nameColumn: String?

    @Option(name: .customLong("where"), help: "Keep only rows where COLUMN=VALUE (repeatable; all must hold), e.g. --where tahun=2023.")
    var filters: [String] = []

    @Option(help: "Crosswalk CSV mapping the table's codes to the layer's (with --crosswalk-from and --crosswalk-to).")
    var crosswalk: String?

    @Option(help: "Crosswalk column holding the table's codes.")
    var crosswalkFrom: String?

    @Option(help: "Crosswalk column holding the layer's codes.")
    var crosswalkTo: String?

    @Option(help: "Regions without a value: error (default) or skip (leave them out of the ranking, reported).")
    var missing: MissingPolicy = .error

    @Option(help: "Table rows whose code is not in the layer: error (default) or warn.")
    var unmatched: UnmatchedPolicy = .error

    /// The indicator input, or a usage error naming what is missing.
    func input() throws -> IndicatorInput {
        guard let indicators else { throw ValidationError("give --indicators CSV (or --scenario FILE)") }
        guard let codeColumn, let value else { throw ValidationError("give --code-column and --value for the indicator table") }
        var crosswalkInput: CrosswalkInput?
        if let crosswalk {
            guard let crosswalkFrom, let crosswalkTo else { throw ValidationError("--crosswalk needs --crosswalk-from and --crosswalk-to") }
            crosswalkInput = CrosswalkInput(path: crosswalk, from: crosswalkFrom, to: crosswalkTo)
        }
        let columns = IndicatorColumns(code: codeColumn, value: value, population: population, name: nameColumn,
                                       filters: try filters.map(RowFilter.init(parsing:)),
                                       reading: TableReadOptions(decimal: decimal, encoding: encoding, sheet: sheet))
        return IndicatorInput(path: indicators, columns: columns, crosswalk: crosswalkInput, missing: missing, unmatched: unmatched)
    }
}

extension MissingPolicy: ExpressibleByArgument {}
extension DecimalSeparator: ExpressibleByArgument {}
extension TextEncoding: ExpressibleByArgument {
    public init?(argument: String) { self.init(name: argument) }
}
extension UnmatchedPolicy: ExpressibleByArgument {}
