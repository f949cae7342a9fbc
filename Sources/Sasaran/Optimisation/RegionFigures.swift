/// Reads a named figure of every region for the optimiser: the value column, the population
/// column (by its name or as `population`), or an extra column of the indicator table.
public struct RegionFigures: Sendable {
    /// The name of the value column.
    public var valueColumn: String
    /// The name of the population column, when one is loaded.
    public var populationColumn: String?

    public init(valueColumn: String, populationColumn: String? = nil) {
        self.valueColumn = valueColumn
        self.populationColumn = populationColumn
    }

    /// The figure `column` of each region in `regions` (indices into `all`), for `role` ("cover",
    /// "cost", "weight"); throws naming the column and the regions without it, or a negative one.
    func values(_ column: String, role: String, of regions: [Int], in all: [JoinedRegion]) throws -> [Int: Double] {
        let read: (JoinedRegion) -> Double?
        if column == valueColumn {
            read = { $0.value }
        } else if column == populationColumn || column == "population" {
            read = { $0.population }
        } else {
            let available = Set(all.flatMap { $0.extras.keys })
            guard available.contains(column) else {
                throw OptimisationError.unknownColumn(column, role: role,
                                                      available: ([valueColumn] + (populationColumn.map { [$0] } ?? []) + available.sorted()))
            }
            read = { $0.extras[column] }
        }
        var result: [Int: Double] = [:]
        var missing: [String] = []
        for i in regions {
            guard let v = read(all[i]) else { missing.append(all[i].code); continue }
            guard v.isFinite, v >= 0 else { throw OptimisationError.invalidValue(column: column, code: all[i].code, value: v) }
            result[i] = v
        }
        if !missing.isEmpty { throw OptimisationError.missingValues(column: column, role: role, codes: missing) }
        return result
    }

    /// The sum of `column` over every region that has it (the total a cover share is taken of);
    /// for the value column, `valueTotal` (the national total of the run).
    func total(_ column: String, in all: [JoinedRegion], valueTotal: Double) -> Double {
        if column == valueColumn { return valueTotal }
        let read: (JoinedRegion) -> Double? = column == populationColumn || column == "population" ? { $0.population } : { $0.extras[column] }
        return CompensatedSum.of(all.compactMap { $0.value == nil ? nil : read($0) })
    }
}
