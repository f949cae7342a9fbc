/// A table row whose code matches no region of the layer.
public struct UnmatchedRow: Sendable, Hashable, CustomStringConvertible {
    /// The code as in the table.
    public var code: String
    /// The layer code it was mapped to by the crosswalk, if any.
    public var mappedCode: String?
    /// The row's line in its file.
    public var line: Int
    /// The code was not in the crosswalk (as opposed to: mapped, but not in the layer).
    public var notInCrosswalk: Bool
    /// What a spreadsheet probably did to the code, and the code it was ("Excel drops trailing
    /// zeros; did you mean 32.10?"), when one matches.
    public var suggestion: String?

    public init(code: String, mappedCode: String?, line: Int, notInCrosswalk: Bool, suggestion: String? = nil) {
        self.code = code; self.mappedCode = mappedCode; self.line = line; self.notInCrosswalk = notInCrosswalk
        self.suggestion = suggestion
    }

    public var description: String {
        let hint = suggestion.map { "; \($0)" } ?? ""
        if notInCrosswalk { return "\(code) (line \(line), not in crosswalk\(hint))" }
        if let mapped = mappedCode { return "\(code)→\(mapped) (line \(line)\(hint))" }
        return "\(code) (line \(line)\(hint))"
    }
}

/// A layer code that more than one table row claims.
public struct DuplicateCode: Sendable, Hashable, CustomStringConvertible {
    /// The layer code (after the crosswalk).
    public var code: String
    /// The lines of the rows claiming it.
    public var lines: [Int]

    public var description: String { "\(code) (lines \(lines.map(String.init).joined(separator: ", ")))" }
}

/// How an indicator table met the region layer. Lists are in layer order (regions) or file
/// order (rows).
public struct JoinReport: Sendable, Hashable, Encodable {
    /// The table file.
    public var file: String
    /// Regions that no row names.
    public var regionsWithoutRow: [String] = []
    /// Regions whose row has a missing value.
    public var regionsWithMissingValue: [String] = []
    /// Rows whose code names no region.
    public var rowsWithoutRegion: [UnmatchedRow] = []
    /// Layer codes claimed by more than one row.
    public var duplicateCodes: [DuplicateCode] = []
    /// Matched codes whose names disagree (fewer than ``NameCheck/refusalShare`` of them).
    public var nameDisagreements: [NameCheck.Disagreement] = []
    /// Problems let through by policy, as sentences.
    public var warnings: [String] = []

    /// Creates an empty report for `file`.
    public init(file: String) { self.file = file }

    /// No region lacks a value, no row lacks a region, no duplicates.
    public var isClean: Bool {
        regionsWithoutRow.isEmpty && regionsWithMissingValue.isEmpty && rowsWithoutRegion.isEmpty && duplicateCodes.isEmpty
    }

    /// Encoded as the list's JSON `join` summary: the regions without a row or value, how many
    /// rows matched no region, the name disagreements and the warnings.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(regionsWithoutRow, forKey: .regionsWithoutRow)
        try container.encode(regionsWithMissingValue, forKey: .regionsWithMissingValue)
        try container.encode(rowsWithoutRegion.count, forKey: .rowsWithoutRegion)
        try container.encode(nameDisagreements.map(\.description), forKey: .nameDisagreements)
        try container.encode(warnings, forKey: .warnings)
    }

    private enum CodingKeys: String, CodingKey { case regionsWithoutRow, regionsWithMissingValue, rowsWithoutRegion, nameDisagreements, warnings }

    /// Regions without a value for either reason, in layer order.
    public var regionsWithoutValue: [String] { regionsWithoutRow + regionsWithMissingValue }
}
