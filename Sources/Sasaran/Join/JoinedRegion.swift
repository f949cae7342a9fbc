/// A region of the layer with its figures from the indicator table (all `nil` when it has no
/// row). The input of targeting.
public struct JoinedRegion: Sendable, Hashable {
    /// The region.
    public var key: RegionKey
    /// The value; `nil` when missing.
    public var value: Double?
    /// The population; `nil` when missing.
    public var population: Double?
    /// Extra numeric columns by name.
    public var extras: [String: Double]
    /// The code in the table (before the crosswalk), if a row matched.
    public var sourceCode: String?
    /// The row's line, if a row matched.
    public var line: Int?

    /// Creates a joined region (also handy for building targeting input directly).
    public init(key: RegionKey, value: Double?, population: Double? = nil, extras: [String: Double] = [:],
                sourceCode: String? = nil, line: Int? = nil) {
        self.key = key
        self.value = value
        self.population = population
        self.extras = extras
        self.sourceCode = sourceCode
        self.line = line
    }

    /// The region's code.
    public var code: String { key.code }

    /// Value ÷ population (``RankKey/rate(value:population:)``), when both are known.
    public var rate: Double? {
        guard let value, let population else { return nil }
        return RankKey.rate(value: value, population: population)
    }
}
