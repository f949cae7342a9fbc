/// A delimited-text file read fully into strings (see ``CSVReader/readAll()``).
public struct CSVTable: Sendable, Equatable {
    /// The file name used in error messages.
    public let file: String
    /// The header names.
    public let header: [String]
    /// The data records, each with `header.count` fields.
    public let rows: [[String]]
    /// The 1-based physical line on which each record starts.
    public let lines: [Int]

    /// Creates a table from parts.
    public init(file: String, header: [String], rows: [[String]], lines: [Int]) {
        self.file = file
        self.header = header
        self.rows = rows
        self.lines = lines
    }

    /// The values of the column called `name`, or ``CSVError/unknownColumn(file:name:available:)``.
    public func column(_ name: String) throws -> [String] {
        guard let index = header.firstIndex(of: name) else {
            throw CSVError.unknownColumn(file: file, name: name, available: header)
        }
        return rows.map { $0[index] }
    }
}
