/// One amount of one programme in one district, as read from a programme table.
public struct ProgrammeAllocation: Sendable, Hashable {
    /// The programme's name.
    public var programme: String
    /// The district code as in the table, trimmed.
    public var code: String
    /// The amount, in the table's unit; never negative.
    public var amount: Double
    /// The year, when the table has a year column.
    public var year: String?
    /// The 1-based line of the row in its file (0 for rows built in memory).
    public var line: Int

    /// Creates an allocation.
    public init(programme: String, code: String, amount: Double, year: String? = nil, line: Int = 0) {
        self.programme = programme
        self.code = code
        self.amount = amount
        self.year = year
        self.line = line
    }
}

/// One (programme, code[, year]) that several rows of a programme table claim.
public struct DuplicateAllocation: Sendable, Hashable, CustomStringConvertible {
    public var programme: String
    public var code: String
    public var year: String?
    /// The lines of the rows claiming it.
    public var lines: [Int]

    public init(programme: String, code: String, year: String?, lines: [Int]) {
        self.programme = programme; self.code = code; self.year = year; self.lines = lines
    }

    public var description: String {
        "\(programme) in \(code)" + (year.map { " for \($0)" } ?? "") + " (lines \(lines.map(String.init).joined(separator: ", ")))"
    }
}

/// The code of one row of a programme table and its line, kept for every row (also those
/// whose amounts are all missing) so that every code is checked against the layer.
public struct ProgrammeRowCode: Sendable, Hashable {
    public var code: String
    public var line: Int

    public init(code: String, line: Int) { self.code = code; self.line = line }
}
