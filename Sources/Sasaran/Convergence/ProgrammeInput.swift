import Foundation

/// The programme table of a convergence run and how to read and judge it: built from the
/// `convergence` command's flags or from the `programmes:` section of a scenario file
/// (``ConvergenceScenarioFile``).
public struct ProgrammeInput: Sendable, Hashable {
    /// The CSV file.
    public var path: String
    /// Its layout and columns.
    public var columns: ProgrammeColumns
    /// The unit of the amounts.
    public var unit: String
    /// Gap threshold and core programmes.
    public var options: ConvergenceOptions

    public init(path: String, columns: ProgrammeColumns, unit: String = "", options: ConvergenceOptions = ConvergenceOptions()) {
        self.path = path; self.columns = columns; self.unit = unit; self.options = options
    }

    /// Loads the table.
    public func load() throws -> ProgrammeTable {
        try ProgrammeTable.load(contentsOf: URL(fileURLWithPath: path), columns: columns, unit: unit)
    }
}
