import Foundation

/// A `where` filter on a long table: keep rows whose `column` equals `value` (both trimmed).
/// Several filters combine with AND.
public struct RowFilter: Sendable, Hashable, CustomStringConvertible {
    /// The column to test.
    public var column: String
    /// The value a row must hold in that column.
    public var value: String

    /// A filter keeping rows where `column` equals `value`.
    public init(column: String, value: String) {
        self.column = column.trimmingCharacters(in: .whitespaces)
        self.value = value.trimmingCharacters(in: .whitespaces)
    }

    /// Parses `column=value` (as given to `--where`).
    public init(parsing text: String) throws {
        guard let eq = text.firstIndex(of: "=") else { throw IndicatorError.invalidFilter(text) }
        let column = String(text[..<eq]).trimmingCharacters(in: .whitespaces)
        guard !column.isEmpty else { throw IndicatorError.invalidFilter(text) }
        self.init(column: column, value: String(text[text.index(after: eq)...]))
    }

    public var description: String { "\(column)=\(value)" }
}
