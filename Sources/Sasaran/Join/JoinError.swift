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
        case let .several(errors):
            return errors.map(\.description).joined(separator: "\n")
        }
    }
}
