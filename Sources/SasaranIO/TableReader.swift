import Foundation

/// How a table file is to be read: what the user can say about it (`--delimiter`, `--decimal`,
/// `--encoding`, `--sheet`); everything left nil is detected.
public struct TableReadOptions: Sendable, Hashable {
    public var delimiter: CSVDelimiter?
    /// The decimal separator; nil detects it (a decimal comma in a `;` or tab file).
    public var decimal: DecimalSeparator?
    /// The text encoding; nil reads UTF-8, or UTF-16 where a byte-order mark says so.
    public var encoding: TextEncoding?
    /// The sheet of a spreadsheet, by name or 1-based number; nil takes the first.
    public var sheet: String?

    public init(delimiter: CSVDelimiter? = nil, decimal: DecimalSeparator? = nil, encoding: TextEncoding? = nil, sheet: String? = nil) {
        self.delimiter = delimiter; self.decimal = decimal; self.encoding = encoding; self.sheet = sheet
    }
}

/// Opens any table the engine reads (indicators, crosswalks, programmes, names) by its file
/// name: `.xlsx` and `.ods` through GDAL's spreadsheet drivers (``SpreadsheetReader``), anything
/// else as delimited text (``CSVReader``). Either way the result is one ``CSVReader`` whose
/// records the loaders walk, so every rule about columns, numbers and missing values is applied
/// once, whatever the format.
public enum TableReader {
    /// Reads the table at `path`.
    /// - Throws: ``CSVError`` or ``InputError`` naming the file (and sheet), line and column.
    public static func open(_ path: String, options: TableReadOptions = TableReadOptions()) throws -> CSVReader {
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "xlsx", "ods":
            return try SpreadsheetReader.read(path: path, sheet: options.sheet, decimal: options.decimal ?? .point)
        case "xls":
            throw InputError(file: path, message: "old Excel 97-2003 workbooks (.xls) are not read: save it as .xlsx (Excel Workbook) or .csv")
        default:
            if options.sheet != nil {
                throw InputError(file: path, message: "--sheet applies to .xlsx and .ods workbooks, not to delimited text")
            }
            return try CSVReader(contentsOf: URL(fileURLWithPath: path), delimiter: options.delimiter, decimal: options.decimal,
                                 encoding: options.encoding)
        }
    }
}
