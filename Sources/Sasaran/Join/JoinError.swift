/// A join refused because of duplicates or, by policy, gaps. Messages list the first ten
/// offenders and how many more, and name the flag that lets the gap through.
public enum JoinError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The layer itself holds the same code twice.
    case duplicateLayerCodes([String])
    /// Several rows claim the same region.
    case duplicateTableCodes(file: String, [DuplicateCode])
    /// Rows name no region (policy `unmatched = .error`).
    case rowsWithoutRegion(file: String, [UnmatchedRow])
    /// Regions have no value (policy `missing = .error`).
    case regionsWithoutValue(file: String, withoutRow: [String], missingValue: [String])
    /// The names of matched codes disagree too often: the table seems to use another code system.
    case otherCodeSystem(file: String, nameColumn: String, matched: Int, disagreements: [NameCheck.Disagreement])
    /// No row's code names a region of the layer.
    case noCodeMatches(file: String, rows: Int, tableCodes: String, layerCodes: String)
    /// Several of the above at once.
    case several([JoinError])

    public var description: String {
        switch self {
        case let .duplicateLayerCodes(codes):
            return "the region layer has duplicate codes: \(offenderList(codes))"
        case let .duplicateTableCodes(file, dups):
            return "\(file): several rows for the same region: \(offenderList(dups.map(\.description)))"
        case let .rowsWithoutRegion(file, rows):
            return "\(file): \(rows.count) row(s) match no region of the layer: \(offenderList(rows.map(\.description)))"
                + " (use --unmatched warn to go on)"
        case let .regionsWithoutValue(file, withoutRow, missingValue):
            var parts: [String] = []
            if !withoutRow.isEmpty {
                parts.append("\(withoutRow.count) region(s) have no row in \(file): \(offenderList(withoutRow))")
            }
            if !missingValue.isEmpty {
                parts.append("\(missingValue.count) region(s) have a missing value: \(offenderList(missingValue))")
            }
            return parts.joined(separator: "; ") + " (use --missing skip to leave them out)"
        case let .otherCodeSystem(file, column, matched, disagreements):
            let share = Double(disagreements.count) / Double(max(matched, 1)) * 100
            let pairs = disagreements.prefix(5).map { "  \($0)" }.joined(separator: "\n")
            return "\(file): the names in column \(column) disagree with the layer's for \(disagreements.count) of \(matched) matched codes "
                + "(\(String(format: "%.0f", share))%, more than \(Int(NameCheck.refusalShare * 100))%): the table seems to use another code system "
                + "than the layer (Kemendagri and BPS codes look alike but name different districts). Join through a crosswalk "
                + "(--crosswalk FILE --crosswalk-from COLUMN --crosswalk-to COLUMN), or give the layer's field of the same system (--code-field). "
                + "For example:\n" + pairs
        case let .noCodeMatches(file, rows, tableCodes, layerCodes):
            return "\(file): none of the \(rows) row(s) has a code of the layer: the table has \(tableCodes), the layer \(layerCodes). "
                + "If they are two code systems, join through a crosswalk (--crosswalk FILE --crosswalk-from COLUMN --crosswalk-to COLUMN); "
                + "else check --code-column and --code-field"
        case let .several(errors):
            return errors.map(\.description).joined(separator: "\n")
        }
    }
}
