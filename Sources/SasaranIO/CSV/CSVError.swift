/// An error raised while reading delimited text.
///
/// Every case names the file (or the label given for in-memory input) and, where it applies,
/// the 1-based physical line and the 1-based column (field number) at fault, so that a user
/// can open the file in an editor and find the problem.
public enum CSVError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The file could not be read at all.
    case unreadable(file: String, reason: String)
    /// The input holds no header line.
    case missingHeader(file: String)
    /// The input is not valid in the encoding given or announced by its byte-order mark.
    case unsupportedEncoding(file: String, encoding: String)
    /// A NUL byte in what should be text, not in the pattern of UTF-16.
    case nulByte(file: String, line: Int, byteOffset: Int)
    /// A byte sequence on `line` is not valid UTF-8.
    case invalidUTF8(file: String, line: Int, byteOffset: Int)
    /// Two header cells carry the same name.
    case duplicateHeader(file: String, name: String, columns: [Int])
    /// A record has a different number of fields from the header.
    case fieldCountMismatch(file: String, line: Int, expected: Int, found: Int)
    /// A quoted field opened on `line` is never closed.
    case unterminatedQuote(file: String, line: Int, column: Int)
    /// A closing quote is followed by something other than a delimiter or a line end.
    case unexpectedCharacterAfterQuote(file: String, line: Int, column: Int)
    /// A column asked for by name is not in the header.
    case unknownColumn(file: String, name: String, available: [String])
    /// A field that must hold a number does not.
    case invalidNumber(file: String, line: Int, column: Int, columnName: String, text: String)
    /// The input passes one of the ``Limits`` (file size, columns, record length); `line` is 0
    /// for the whole file.
    case limitExceeded(file: String, line: Int, message: String)

    public var description: String {
        switch self {
        case let .unreadable(file, reason):
            return "\(file): cannot read file: \(reason)"
        case let .missingHeader(file):
            return "\(file): no header line (the file is empty)"
        case let .nulByte(file, line, offset):
            return "\(file):\(line): a NUL byte (byte offset \(offset)): this is not a text table (a binary file, or UTF-16 mixed with other text); save it as CSV in UTF-8, or give --encoding utf-16le or utf-16be"
        case let .unsupportedEncoding(file, encoding):
            return "\(file): the text is \(encoding); give its encoding with --encoding (utf-8, utf-16, windows-1252) or save it as UTF-8"
        case let .invalidUTF8(file, line, offset):
            return "\(file):\(line): invalid UTF-8 (byte offset \(offset)); save the file as UTF-8, or give its encoding with --encoding (Excel's CSV on Windows is windows-1252)"
        case let .duplicateHeader(file, name, columns):
            let cols = columns.map(String.init).joined(separator: ", ")
            return "\(file):1: duplicate column name '\(name)' (columns \(cols))"
        case let .fieldCountMismatch(file, line, expected, found):
            return "\(file):\(line): expected \(expected) fields as in the header, found \(found)"
        case let .unterminatedQuote(file, line, column):
            return "\(file):\(line): column \(column): quoted field is never closed"
        case let .unexpectedCharacterAfterQuote(file, line, column):
            return "\(file):\(line): column \(column): unexpected character after closing quote"
        case let .unknownColumn(file, name, available):
            return "\(file): no column '\(name)'; available columns: \(available.joined(separator: ", "))"
        case let .invalidNumber(file, line, column, columnName, text):
            return "\(file):\(line): column \(column) '\(columnName)': '\(text)' is not a number"
        case let .limitExceeded(file, line, message):
            return "\(file)\(line > 0 ? ":\(line)" : ""): \(message) (see docs/limits.md)"
        }
    }
}
