import Foundation
import SasaranIO

/// Programme allocations per district (budget, beneficiaries, households …) in one unit, loaded
/// from a long or wide CSV (see ``ProgrammeColumns``) or built in memory. Check it against a
/// region layer with ``amounts(for:)``; analyse it against a priority list with
/// ``Convergence/analyse(_:regions:programmes:options:valueColumn:)``.
///
/// Loading refuses, with messages in the style of the indicator table: unknown columns,
/// non-numeric amounts (file, line, column), negative amounts, empty codes, and several rows for
/// the same programme, code (and year). Missing amounts (`-`, empty) are no allocation.
public struct ProgrammeTable: Sendable, Hashable {
    /// The file the table came from (labels messages).
    public var file: String
    /// The unit of every amount ("IDR million", "households").
    public var unit: String
    /// The programmes, in order of first appearance (long) or column order (wide), including
    /// those with no allocation at all.
    public var programmes: [String]
    /// The allocations kept, in file order (missing amounts are not allocations).
    public var allocations: [ProgrammeAllocation]
    /// The code and line of every row kept (after the year filter), in file order.
    public var rowCodes: [ProgrammeRowCode]

    /// Builds a table in memory; `programmes` defaults to the names in `allocations`, in order.
    /// `rowCodes` defaults to the allocations' codes and lines.
    public init(file: String = "<memory>", unit: String = "", programmes: [String]? = nil, allocations: [ProgrammeAllocation],
                rowCodes: [ProgrammeRowCode]? = nil) {
        self.file = file
        self.unit = unit
        self.allocations = allocations
        self.rowCodes = rowCodes ?? allocations.map { ProgrammeRowCode(code: $0.code, line: $0.line) }
        var names: [String] = []
        var seen = Set<String>()
        for a in allocations where seen.insert(a.programme).inserted { names.append(a.programme) }
        self.programmes = programmes ?? names
    }

    /// Loads the table at `url` (CSV, `.xlsx`, `.ods`; see ``TableReader``).
    public static func load(contentsOf url: URL, columns: ProgrammeColumns, unit: String = "") throws -> ProgrammeTable {
        try ProgrammeTableLoader.load(reader: TableReader.open(url.path, options: TableReadOptions(delimiter: columns.delimiter)),
                                      columns: columns, unit: unit)
    }

    /// Loads CSV text; `file` labels messages.
    public static func load(csv text: String, file: String = "<memory>", columns: ProgrammeColumns, unit: String = "") throws -> ProgrammeTable {
        try ProgrammeTableLoader.load(reader: CSVReader(bytes: Array(text.utf8), file: file, delimiter: columns.delimiter),
                                      columns: columns, unit: unit)
    }
}
