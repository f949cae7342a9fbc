/// An error raised while loading a programme allocation table or checking it against the layer.
/// Messages name the file, and the line and column where one is at fault; lists of offenders
/// show the first ten and how many more, as the indicator table's do. Parsing errors of the file
/// itself surface as `SasaranIO.CSVError`.
public enum ProgrammeError: Error, CustomStringConvertible, Equatable, Sendable {
    /// A column named by the user (as `role`: code, programme, amount, year) is not in the file.
    case unknownColumn(file: String, column: String, role: String, available: [String])
    /// A wide table with no programme column left once the code and year columns are set aside.
    case noProgrammeColumns(file: String)
    /// A year filter without a year column.
    case yearFilterWithoutColumn(file: String, year: String)
    /// An amount that is not a number.
    case invalidNumber(file: String, line: Int, column: String, columnNumber: Int, text: String)
    /// A negative amount.
    case negativeAmount(file: String, line: Int, column: String, columnNumber: Int, value: Double)
    /// A row with an empty code.
    case emptyCode(file: String, line: Int, column: String)
    /// A long-table row with an empty programme name.
    case emptyProgramme(file: String, line: Int, column: String)
    /// No data rows, or none of the year asked for (`seen`: the years found, first few).
    case emptyTable(file: String, year: String?, seen: [String])
    /// Several rows for the same programme, code (and year).
    case duplicateRows(file: String, [DuplicateAllocation])
    /// Rows whose code is not a region of the layer.
    case rowsWithoutRegion(file: String, [UnmatchedRow])
    /// Core programmes named that the table does not hold.
    case unknownProgrammes(file: String, [String], available: [String])
    /// Several of the above at once.
    case several([ProgrammeError])

    public var description: String {
        switch self {
        case let .unknownColumn(file, column, role, available):
            return "\(file): no \(role) column '\(column)'; available columns: \(available.joined(separator: ", "))"
        case let .noProgrammeColumns(file):
            return "\(file): no programme columns (a wide table needs one column per programme besides the code and year columns)"
        case let .yearFilterWithoutColumn(file, year):
            return "\(file): a year (\(year)) was asked for but no year column was named"
        case let .invalidNumber(file, line, column, number, text):
            return "\(file):\(line): column \(number) '\(column)': '\(text)' is not a number (use '-' or leave empty for no allocation)"
        case let .negativeAmount(file, line, column, number, value):
            return "\(file):\(line): column \(number) '\(column)': negative amount \(NumberText.text(value)) is not allowed"
        case let .emptyCode(file, line, column):
            return "\(file):\(line): empty code in column '\(column)'"
        case let .emptyProgramme(file, line, column):
            return "\(file):\(line): empty programme name in column '\(column)'"
        case let .emptyTable(file, year, seen):
            guard let year else { return "\(file): the programme table has no data rows" }
            return "\(file): no rows for year \(year)" + (seen.isEmpty ? "" : " (years found: \(offenderList(seen, limit: 12)))")
        case let .duplicateRows(file, dups):
            return "\(file): several rows for the same programme and region: \(offenderList(dups.map(\.description)))"
        case let .rowsWithoutRegion(file, rows):
            return "\(file): \(rows.count) programme row(s) match no region of the layer: \(offenderList(rows.map(\.description)))"
        case let .unknownProgrammes(file, names, available):
            return "\(file): no programme \(names.map { "'\($0)'" }.joined(separator: ", ")); programmes: \(available.joined(separator: ", "))"
        case let .several(errors):
            return errors.map(\.description).joined(separator: "\n")
        }
    }
}
