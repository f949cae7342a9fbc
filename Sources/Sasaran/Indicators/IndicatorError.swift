/// An error raised while loading an indicator table or a crosswalk.
///
/// Parsing errors of the file itself surface as `SasaranIO.CSVError`.
public enum IndicatorError: Error, CustomStringConvertible, Equatable, Sendable {
    /// A column named by the user (as `role`: code, value, population, extra, filter, crosswalk)
    /// is not in the file.
    case unknownColumn(file: String, column: String, role: String, available: [String])
    /// A `where` filter is not of the form `column=value`.
    case invalidFilter(String)
    /// A field that must hold a number does not.
    case invalidNumber(file: String, line: Int, column: String, columnNumber: Int, text: String)
    /// A value or population is negative.
    case negativeValue(file: String, line: Int, column: String, columnNumber: Int, value: Double)
    /// A row has an empty code.
    case emptyCode(file: String, line: Int, column: String)
    /// The file has no data rows, or none pass the filters. `seen` lists values found in the
    /// filter columns (first few), to help spot a typo.
    case emptyTable(file: String, filters: [RowFilter], seen: [String: [String]])
    /// A crosswalk maps one code to several different codes.
    case crosswalkConflict(file: String, code: String, targets: [String])

    public var description: String {
        switch self {
        case let .unknownColumn(file, column, role, available):
            return "\(file): no \(role) column '\(column)'; available columns: \(available.joined(separator: ", "))"
        case let .invalidFilter(text):
            return "invalid filter '\(text)': expected COLUMN=VALUE"
        case let .invalidNumber(file, line, column, number, text):
            return "\(file):\(line): column \(number) '\(column)': '\(text)' is not a number (use '-' or leave empty for a missing value)"
        case let .negativeValue(file, line, column, number, value):
            return "\(file):\(line): column \(number) '\(column)': negative value \(NumberText.text(value)) is not allowed"
        case let .emptyCode(file, line, column):
            return "\(file):\(line): empty code in column '\(column)'"
        case let .emptyTable(file, filters, seen):
            if filters.isEmpty { return "\(file): the table has no data rows" }
            let f = filters.map(\.description).joined(separator: " and ")
            var message = "\(file): no rows match \(f)"
            let hints = seen.keys.sorted().map { "\($0) has \(offenderList(seen[$0]!, limit: 12))" }
            if !hints.isEmpty { message += " (\(hints.joined(separator: "; ")))" }
            return message
        case let .crosswalkConflict(file, code, targets):
            return "\(file): crosswalk maps '\(code)' to several codes: \(targets.joined(separator: ", "))"
        }
    }
}
