import SasaranIO

/// Which columns of an indicator CSV to read, and which rows to keep.
public struct IndicatorColumns: Sendable, Hashable {
    /// The column holding region codes.
    public var code: String
    /// The column holding the value to target (for example the number of poor).
    public var value: String
    /// The column holding population, needed to rank by rate.
    public var population: String?
    /// The column holding region names, compared with the layer's names after the join (a join
    /// whose names disagree for more than 10% of matched codes is refused: another code system).
    /// `nil` detects it: the first column whose name starts with `nama` or `name`.
    public var name: String?
    /// Further numeric columns to carry (rank keys, costs, standard errors). Negative numbers
    /// are allowed here (scores); missing ones are absent from ``IndicatorRow/extras``.
    public var extra: [String]
    /// Row filters (AND).
    public var filters: [RowFilter]
    /// Field texts that mean "missing" (compared after trimming). Default: empty and `-`.
    public var missingTokens: Set<String>
    /// How the file is read: delimiter, decimal separator, encoding, sheet (nil: detected).
    public var reading: TableReadOptions
    /// The delimiter, or `nil` to detect it from the header.
    public var delimiter: CSVDelimiter? {
        get { reading.delimiter }
        set { reading.delimiter = newValue }
    }
    /// Let the value column hold negative numbers (a component table's first column, such as a
    /// growth rate); a count to target never may.
    public var valueMayBeNegative: Bool

    /// Names the columns to read.
    public init(code: String, value: String, population: String? = nil, name: String? = nil, extra: [String] = [],
                filters: [RowFilter] = [], missingTokens: Set<String> = ["", "-"],
                delimiter: CSVDelimiter? = nil, reading: TableReadOptions = TableReadOptions(), valueMayBeNegative: Bool = false) {
        self.code = code
        self.value = value
        self.population = population
        self.name = name
        self.extra = extra
        self.filters = filters
        self.missingTokens = missingTokens
        self.reading = reading
        if let delimiter { self.reading.delimiter = delimiter }
        self.valueMayBeNegative = valueMayBeNegative
    }
}
