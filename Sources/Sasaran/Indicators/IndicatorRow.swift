/// One row of an ``IndicatorTable``.
public struct IndicatorRow: Sendable, Hashable {
    /// The region code as in the table, trimmed.
    public var code: String
    /// The value; `nil` when missing (`-` or empty).
    public var value: Double?
    /// The population; `nil` when missing or no population column was named.
    public var population: Double?
    /// The region's name in the table, when it has a name column.
    public var name: String?
    /// Extra numeric columns by name; a missing value is absent.
    public var extras: [String: Double]
    /// The 1-based line of the row in its file (0 for rows built in memory).
    public var line: Int

    /// Creates a row.
    public init(code: String, value: Double?, population: Double? = nil, name: String? = nil, extras: [String: Double] = [:],
                line: Int = 0) {
        self.name = name
        self.code = code
        self.value = value
        self.population = population
        self.extras = extras
        self.line = line
    }
}
