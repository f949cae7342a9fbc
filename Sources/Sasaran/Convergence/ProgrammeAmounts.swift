/// The amounts of a ``ProgrammeTable`` laid out against a region layer: one row per programme,
/// one column per region in layer order, amounts of several years added up. A region without
/// an allocation holds 0.
public struct ProgrammeAmounts: Sendable, Hashable {
    /// The programmes, in the table's order.
    public var programmes: [String]
    /// The layer's codes, in layer order (trimmed).
    public var codes: [String]
    /// `amounts[p][r]`: programme `p` in region `r`.
    public var amounts: [[Double]]

    /// The amount of `programme` (by index) in the region with `code`, or 0.
    public func amount(_ programme: Int, in region: Int) -> Double { amounts[programme][region] }
}

extension ProgrammeTable {
    /// Checks every code against `layer` and lays the amounts out by region. A code that is not
    /// a region of the layer is an error listing every such row (code and line), as the
    /// indicator join does; duplicate rows were refused when loading.
    public func amounts(for layer: [RegionKey]) throws -> ProgrammeAmounts {
        var index: [String: Int] = [:]
        let codes = layer.map { $0.code.trimmingCharacters(in: .whitespaces) }
        for (k, code) in codes.enumerated() where index[code] == nil { index[code] = k }
        let programmeIndex = Dictionary(programmes.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        var amounts = Array(repeating: Array(repeating: 0.0, count: codes.count), count: programmes.count)
        var sums = Array(repeating: Array(repeating: CompensatedSum(), count: codes.count), count: programmes.count)
        let unmatched = rowCodes.filter { index[$0.code] == nil }.map {
            UnmatchedRow(code: $0.code, mappedCode: nil, line: $0.line, notInCrosswalk: false)
        }
        if !unmatched.isEmpty { throw ProgrammeError.rowsWithoutRegion(file: file, unmatched) }
        for allocation in allocations {
            guard let p = programmeIndex[allocation.programme], let r = index[allocation.code] else { continue }
            sums[p][r].add(allocation.amount)
        }
        for p in programmes.indices { for r in codes.indices { amounts[p][r] = sums[p][r].value } }
        return ProgrammeAmounts(programmes: programmes, codes: codes, amounts: amounts)
    }
}
