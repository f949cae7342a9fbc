import Foundation

/// A reader of delimited text (CSV, semicolon- or tab-separated) over bytes in memory, or of
/// the cells of a spreadsheet's sheet (``init(cells:header:lines:file:)``): the one record
/// interface every table of the engine is read through (see ``TableReader``).
///
/// - UTF-8, with or without a byte-order mark; invalid UTF-8 is an error naming the line.
///   UTF-16 with a byte-order mark, or the encoding given, is turned into UTF-8 first.
/// - The delimiter is detected from the header line (``CSVDelimiter/detect(headerOf:)``) unless
///   given; the decimal separator from the first records (``DecimalSeparator/detect``) unless
///   given, so "30,36" in a `;` file is 30.36.
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
        /// Cells already split (a spreadsheet): their UTF-8 bytes end to end, each row's spans.
        case cells(bytes: [UInt8], rows: [[CSVFieldSpan]], lines: [Int])
    }

    /// The file name used in error messages.
    public let file: String
    /// The delimiter in use (given or detected).
    public let delimiter: CSVDelimiter
    /// The header names, trimmed of surrounding spaces.
    public let header: [String]
    /// Whether the input started with a UTF-8 byte-order mark.
    public let hadByteOrderMark: Bool
    /// The decimal separator of numbers (given or detected).
    public let decimal: DecimalSeparator
    private let storage: Storage
    private let bodyStart: Int
    private let bodyStartLine: Int

    /// Reads from bytes in memory. `file` labels error messages.
    public init(bytes: [UInt8], file: String = "<memory>", delimiter: CSVDelimiter? = nil, decimal: DecimalSeparator? = nil,
                encoding: TextEncoding? = nil) throws {
        try self.init(storage: Self.utf8Storage(.array(bytes), encoding: encoding, file: file), file: file, delimiter: delimiter, decimal: decimal)
    }

    /// Reads from `data`. `file` labels error messages.
    public init(data: Data, file: String = "<memory>", delimiter: CSVDelimiter? = nil, decimal: DecimalSeparator? = nil,
                encoding: TextEncoding? = nil) throws {
        try self.init(storage: Self.utf8Storage(.data(data), encoding: encoding, file: file), file: file, delimiter: delimiter, decimal: decimal)
    }

    /// Reads the file at `url` (memory-mapped where possible).
    public init(contentsOf url: URL, delimiter: CSVDelimiter? = nil, decimal: DecimalSeparator? = nil, encoding: TextEncoding? = nil) throws {
        let data: Data
        do {
            data = try Data(contentsOf: url, options: .mappedIfSafe)
        } catch {
            throw CSVError.unreadable(file: url.path, reason: error.localizedDescription)
        }
        try self.init(data: data, file: url.path, delimiter: delimiter, decimal: decimal, encoding: encoding)
    }

    /// A table of cells already split (a spreadsheet's sheet): `rows` of text, each as long as
    /// `header`, on the 1-based rows `lines`. Numbers are read with `decimal` (a point, as
    /// spreadsheets store them, unless the user says otherwise).
    public init(cells rows: [[String]], header: [String], lines: [Int], file: String, decimal: DecimalSeparator = .point) throws {
        var bytes: [UInt8] = []
        var spans: [[CSVFieldSpan]] = []
        spans.reserveCapacity(rows.count)
        for row in rows {
            spans.append(row.map { cell in
                let start = bytes.count
                bytes += cell.utf8
                return CSVFieldSpan(start: start, end: bytes.count, hasEscapedQuotes: false)
            })
        }
        self.storage = .cells(bytes: bytes, rows: spans, lines: lines)
        self.file = file
        self.delimiter = .comma
        self.header = header.map { $0.trimmingCharacters(in: .whitespaces) }
        self.hadByteOrderMark = false
        self.decimal = decimal
        self.bodyStart = 0
        self.bodyStartLine = 1
        try Self.checkHeader(self.header, file: file)
    }

    /// The input as UTF-8: transcoded from `encoding`, or from the UTF-16 its byte-order mark
    /// announces; UTF-8 (with or without its mark) as it is.
    private static func utf8Storage(_ storage: Storage, encoding: TextEncoding?, file: String) throws -> Storage {
        try withBytes(storage) { p -> Storage in
            let mark = TextEncoding.byteOrderMark(p)
            var source = encoding ?? mark?.0 ?? .utf8
            if source == .utf8, encoding == nil, mark == nil, p.count <= Limits.maxCSVBytes, let nul = p.prefix(4096).firstIndex(of: 0) {
                // UTF-16 without its mark shows as a NUL beside every ASCII character; any other
                // NUL means the file is not text (a "no column X" listing X would hide that).
                if let guessed = TextEncoding.unmarkedUTF16(p) {
                    source = guessed
                } else {
                    throw CSVError.nulByte(file: file, line: UTF8Validation.line(at: nul, in: p), byteOffset: nul)
                }
            }
            if source == .utf8 { return storage }
            guard p.count <= Limits.maxCSVBytes else {
                throw CSVError.limitExceeded(file: file, line: 0, message: "file is too large: \(p.count) bytes, more than the limit of \(Limits.describe(bytes: Limits.maxCSVBytes))")
            }
            let skip = mark?.0 == source ? mark!.1 : 0
            guard let converted = source.utf8(UnsafeBufferPointer(rebasing: p[skip...])) else {
                throw CSVError.unsupportedEncoding(file: file, encoding: "not valid \(source.rawValue)")
            }
            return .array(converted)
        }
    }

    private init(storage: Storage, file: String, delimiter: CSVDelimiter?, decimal: DecimalSeparator?) throws {
        self.storage = storage
        self.file = file
        let parsed = try Self.withBytes(storage) { p -> (CSVDelimiter, [String], Bool, Int, Int, DecimalSeparator) in
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
                let record = CSVRecord(line: 1, base: base, spans: s, decimal: .point)
                return (0..<record.count).map { record[$0].string.trimmingCharacters(in: .whitespaces) }
            }
            let bodyStart = scanner.position, bodyLine = scanner.line
            let separator = try decimal ?? Self.detectDecimal(p, base: base, scanner: &scanner, delimiter: delim)
            return (delim, names, bom, bodyStart, bodyLine, separator)
        }
        (self.delimiter, self.header, self.hadByteOrderMark, self.bodyStart, self.bodyStartLine, self.decimal) = parsed
        try Self.checkHeader(header, file: file)
    }

    /// The decimal separator the first records use (up to 1,000 of them).
    private static func detectDecimal(_ p: UnsafeBufferPointer<UInt8>, base: UnsafePointer<UInt8>, scanner: inout CSVScanner,
                                      delimiter: CSVDelimiter) throws -> DecimalSeparator {
        guard delimiter != .comma else { return .point }
        var spans: [CSVFieldSpan] = []
        for _ in 0..<1_000 {
            guard try scanner.next(into: &spans) != nil else { break }
            let fields = spans.map { UnsafeBufferPointer(start: base + $0.start, count: $0.end - $0.start) }
            if DecimalSeparator.detect(delimiter: delimiter, sample: fields) == .comma { return .comma }
        }
        return .point
    }

    private static func checkHeader(_ header: [String], file: String) throws {
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
        case .cells(let bytes, _, _):
            return try bytes.withUnsafeBufferPointer(body)
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
        if case let .cells(bytes, rows, lines) = storage {
            try bytes.withUnsafeBufferPointer { p in
                let base = p.baseAddress ?? UnsafePointer(bitPattern: 1)!
                for (row, line) in zip(rows, lines) {
                    try row.withUnsafeBufferPointer { try body(CSVRecord(line: line, base: base, spans: $0, decimal: decimal)) }
                }
            }
            return
        }
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
                    try body(CSVRecord(line: line, base: base, spans: s, decimal: decimal))
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
