import Foundation

/// A reader of delimited text (CSV, semicolon- or tab-separated) over bytes in memory.
///
/// - UTF-8, with or without a byte-order mark; invalid UTF-8 is an error naming the line.
/// - The delimiter is detected from the header line (``CSVDelimiter/detect(headerOf:)``) unless
///   given.
/// - RFC 4180 quoting, LF / CRLF / CR line ends; empty lines are skipped.
/// - A header row is required; header names are trimmed of spaces; duplicates are an error.
/// - Every record must have as many fields as the header.
///
/// ``forEachRecord(_:)`` is the fast path: it hands each record as byte slices without
/// allocating. ``readAll()`` materialises strings.
public struct CSVReader: Sendable {
    private enum Storage: Sendable {
        case array([UInt8])
        case data(Data)
    }

    /// The file name used in error messages.
    public let file: String
    /// The delimiter in use (given or detected).
    public let delimiter: CSVDelimiter
    /// The header names, trimmed of surrounding spaces.
    public let header: [String]
    /// Whether the input started with a UTF-8 byte-order mark.
    public let hadByteOrderMark: Bool
    private let storage: Storage
    private let bodyStart: Int
    private let bodyStartLine: Int

    /// Reads from bytes in memory. `file` labels error messages.
    public init(bytes: [UInt8], file: String = "<memory>", delimiter: CSVDelimiter? = nil) throws {
        try self.init(storage: .array(bytes), file: file, delimiter: delimiter)
    }

    /// Reads from `data`. `file` labels error messages.
    public init(data: Data, file: String = "<memory>", delimiter: CSVDelimiter? = nil) throws {
        try self.init(storage: .data(data), file: file, delimiter: delimiter)
    }

    /// Reads the file at `url` (memory-mapped where possible).
    public init(contentsOf url: URL, delimiter: CSVDelimiter? = nil) throws {
        let data: Data
        do {
            data = try Data(contentsOf: url, options: .mappedIfSafe)
        } catch {
            throw CSVError.unreadable(file: url.path, reason: error.localizedDescription)
        }
        try self.init(storage: .data(data), file: url.path, delimiter: delimiter)
    }

    private init(storage: Storage, file: String, delimiter: CSVDelimiter?) throws {
        self.storage = storage
        self.file = file
        let parsed = try Self.withBytes(storage) { p -> (CSVDelimiter, [String], Bool, Int, Int) in
            if p.count >= 2 && ((p[0] == 0xFF && p[1] == 0xFE) || (p[0] == 0xFE && p[1] == 0xFF)) {
                throw CSVError.unsupportedEncoding(file: file, encoding: "UTF-16")
            }
            guard p.count <= Limits.maxCSVBytes else {
                throw CSVError.limitExceeded(file: file, line: 0, message: "file is too large: \(p.count) bytes, more than the limit of \(Limits.describe(bytes: Limits.maxCSVBytes))")
            }
            let bom = p.count >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF
            let start = bom ? 3 : 0
            if let bad = UTF8Validation.firstInvalidOffset(p) {
                throw CSVError.invalidUTF8(file: file, line: UTF8Validation.line(at: bad, in: p), byteOffset: bad)
            }
            let body = UnsafeBufferPointer(rebasing: p[start...])
            let delim = delimiter ?? CSVDelimiter.detect(headerOf: body)
            var scanner = CSVScanner(bytes: p, start: start, line: 1, delimiter: delim.byte, file: file)
            var spans: [CSVFieldSpan] = []
            guard try scanner.next(into: &spans) != nil, let base = p.baseAddress else {
                throw CSVError.missingHeader(file: file)
            }
            guard spans.count <= Limits.maxCSVColumns else {
                throw CSVError.limitExceeded(file: file, line: 1, message: "\(spans.count) columns in the header, more than the limit of \(Limits.maxCSVColumns)")
            }
            let names = spans.withUnsafeBufferPointer { s -> [String] in
                let record = CSVRecord(line: 1, base: base, spans: s)
                return (0..<record.count).map { record[$0].string.trimmingCharacters(in: .whitespaces) }
            }
            return (delim, names, bom, scanner.position, scanner.line)
        }
        (self.delimiter, self.header, self.hadByteOrderMark, self.bodyStart, self.bodyStartLine) = parsed
        var seen: [String: Int] = [:]
        for (k, name) in header.enumerated() {
            if let first = seen[name] {
                throw CSVError.duplicateHeader(file: file, name: name, columns: [first + 1, k + 1])
            }
            seen[name] = k
        }
    }

    private static func withBytes<R>(_ storage: Storage, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        switch storage {
        case .array(let a):
            return try a.withUnsafeBufferPointer(body)
        case .data(let d):
            return try d.withUnsafeBytes { raw in try body(raw.bindMemory(to: UInt8.self)) }
        }
    }

    /// The 0-based index of the column called `name` (trimmed), or ``CSVError/unknownColumn(file:name:available:)``.
    public func columnIndex(of name: String) throws -> Int {
        let wanted = name.trimmingCharacters(in: .whitespaces)
        guard let index = header.firstIndex(of: wanted) else {
            throw CSVError.unknownColumn(file: file, name: name, available: header)
        }
        return index
    }

    /// Calls `body` for every data record, in file order. The record and its fields are valid
    /// only during the call. A record with the wrong number of fields is an error naming its line.
    public func forEachRecord(_ body: (CSVRecord) throws -> Void) throws {
        let expected = header.count
        try Self.withBytes(storage) { p in
            guard let base = p.baseAddress else { return }
            var scanner = CSVScanner(bytes: p, start: bodyStart, line: bodyStartLine, delimiter: delimiter.byte, file: file)
            var spans: [CSVFieldSpan] = []
            spans.reserveCapacity(expected)
            while let line = try scanner.next(into: &spans) {
                guard spans.count == expected else {
                    throw CSVError.fieldCountMismatch(file: file, line: line, expected: expected, found: spans.count)
                }
                try spans.withUnsafeBufferPointer { s in
                    try body(CSVRecord(line: line, base: base, spans: s))
                }
            }
        }
    }

    /// Reads every data record into strings.
    public func readAll() throws -> CSVTable {
        var rows: [[String]] = []
        var lines: [Int] = []
        try forEachRecord { record in
            rows.append(record.strings)
            lines.append(record.line)
        }
        return CSVTable(file: file, header: header, rows: rows, lines: lines)
    }
}
