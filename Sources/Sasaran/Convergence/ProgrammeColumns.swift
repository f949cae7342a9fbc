import SasaranIO

/// How a programme allocation table is laid out and which of its rows to keep.
///
/// - **Long**: one row per programme and district, `programme, code, amount[, year]` (the column
///   names are the user's).
/// - **Wide**: one row per district (and year), one column per programme holding its amount.
///
/// An empty cell or `-` means "no allocation" (see ``missingTokens``), never zero by accident.
public struct ProgrammeColumns: Sendable, Hashable {
    /// Where programme names and amounts are.
    public enum Layout: Sendable, Hashable {
        /// Programme names in column `programme`, amounts in column `amount`.
        case long(programme: String, amount: String)
        /// One amount column per programme, named after it. `nil`: every column other than the
        /// code and year columns.
        case wide(programmes: [String]?)
    }

    /// Long or wide.
    public var layout: Layout
    /// The column holding district codes (the layer's codes).
    public var code: String
    /// The column holding the year, if the table has several years.
    public var year: String?
    /// Keep only rows whose year column equals this (needs ``year``). Without it, the amounts of
    /// all years are added up.
    public var yearFilter: String?
    /// Field texts that mean "no allocation" (compared after trimming). Default: empty and `-`.
    public var missingTokens: Set<String>
    /// The delimiter, or `nil` to detect it from the header.
    public var delimiter: CSVDelimiter?

    /// Names the columns to read.
    public init(layout: Layout = .long(programme: "programme", amount: "amount"), code: String = "code",
                year: String? = nil, yearFilter: String? = nil, missingTokens: Set<String> = ["", "-"],
                delimiter: CSVDelimiter? = nil) {
        self.layout = layout
        self.code = code
        self.year = year
        self.yearFilter = yearFilter
        self.missingTokens = missingTokens
        self.delimiter = delimiter
    }
}
