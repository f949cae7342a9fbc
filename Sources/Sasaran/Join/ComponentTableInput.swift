import Foundation

/// A further table of index components, joined to the layer by code like the main indicator
/// table, with its own columns, filters, crosswalk and policy for rows without a region.
public struct ComponentTableInput: Sendable {
    public var path: String
    /// The column holding region codes.
    public var codeColumn: String
    /// The numeric columns taken from it (components, or columns a rule reads).
    public var columns: [String]
    /// Row filters (AND), e.g. `tahun=2023`.
    public var filters: [RowFilter]
    public var crosswalk: CrosswalkInput?
    public var unmatched: UnmatchedPolicy

    public init(path: String, codeColumn: String, columns: [String], filters: [RowFilter] = [],
                crosswalk: CrosswalkInput? = nil, unmatched: UnmatchedPolicy = .error) {
        self.path = path; self.codeColumn = codeColumn; self.columns = columns; self.filters = filters
        self.crosswalk = crosswalk; self.unmatched = unmatched
    }

    /// Parses the command-line form `PATH:CODE_COLUMN:COLUMN[,COLUMN…][:FILTER[,FILTER…]]`, e.g.
    /// `bps_ipm_kabkota_2020_2024.csv:kode_kemendagri_2025:ipm:tahun=2023`. A crosswalk or a
    /// policy of its own needs a scenario file.
    public init(parsing text: String, unmatched: UnmatchedPolicy) throws {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 3 || parts.count == 4 else {
            throw IndexError.invalidTable(text: text, message: "expected PATH:CODE_COLUMN:COLUMNS[:FILTERS], e.g. ipm.csv:kode_kemendagri_2025:ipm:tahun=2023")
        }
        guard !parts[0].isEmpty, !parts[1].isEmpty else { throw IndexError.invalidTable(text: text, message: "the path and the code column must not be empty") }
        let columns = parts[2].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard !columns.isEmpty else { throw IndexError.invalidTable(text: text, message: "name at least one column to take from the table") }
        let filters = try parts.count == 4
            ? parts[3].split(separator: ",").map { try RowFilter(parsing: String($0)) } : []
        self.init(path: parts[0], codeColumn: parts[1], columns: columns, filters: filters, unmatched: unmatched)
    }
}

/// How one component table met the layer: its file, the columns taken, and its join report
/// (regions without a row, rows without a region; `regionsWithMissingValue` lists the regions
/// whose row lacks any of the columns).
public struct ComponentJoin: Sendable, Hashable {
    public var file: String
    public var columns: [String]
    public var filters: [RowFilter]
    public var report: JoinReport
}
