import Foundation
import SasaranIO

/// Figures per region code, loaded from a CSV (see ``load(contentsOf:columns:)``) or built in
/// memory. Join it to a region layer with ``join(to:options:)``.
public struct IndicatorTable: Sendable, Hashable {
    /// The file the table came from (labels messages).
    public var file: String
    /// The code column name.
    public var codeColumn: String
    /// The value column name.
    public var valueColumn: String
    /// The population column name, if any.
    public var populationColumn: String?
    /// The name column (given, or detected), if any.
    public var nameColumn: String?
    /// The extra numeric column names.
    public var extraColumns: [String]
    /// The rows kept, in file order.
    public var rows: [IndicatorRow]

    /// Builds a table in memory.
    public init(file: String = "<memory>", codeColumn: String = "code", valueColumn: String = "value",
                populationColumn: String? = nil, nameColumn: String? = nil, extraColumns: [String] = [], rows: [IndicatorRow]) {
        self.nameColumn = nameColumn
        self.file = file
        self.codeColumn = codeColumn
        self.valueColumn = valueColumn
        self.populationColumn = populationColumn
        self.extraColumns = extraColumns
        self.rows = rows
    }

    /// Loads the table at `url` (CSV in any locale, `.xlsx`, `.ods`; see ``TableReader``).
    public static func load(contentsOf url: URL, columns: IndicatorColumns) throws -> IndicatorTable {
        try IndicatorTableLoader.load(reader: TableReader.open(url.path, options: columns.reading), columns: columns)
    }

    /// Loads CSV bytes; `file` labels messages.
    public static func load(bytes: [UInt8], file: String = "<memory>", columns: IndicatorColumns) throws -> IndicatorTable {
        try IndicatorTableLoader.load(reader: CSVReader(bytes: bytes, file: file, delimiter: columns.delimiter, decimal: columns.reading.decimal,
                                                        encoding: columns.reading.encoding), columns: columns)
    }

    /// Loads CSV text; `file` labels messages.
    public static func load(csv text: String, file: String = "<memory>", columns: IndicatorColumns) throws -> IndicatorTable {
        try load(bytes: Array(text.utf8), file: file, columns: columns)
    }
}
