/// The RFC 4180 record scanner: walks the bytes once, recording where each field lies.
///
/// Accepts LF, CRLF and lone CR line ends; quoted fields may hold delimiters, line ends and
/// doubled quotes. A quote inside an unquoted field is taken literally. Completely empty lines
/// are skipped.
struct CSVScanner {
    private static let quote: UInt8 = 0x22
    private static let lf: UInt8 = 0x0A
    private static let cr: UInt8 = 0x0D

    let p: UnsafeBufferPointer<UInt8>
    let delimiter: UInt8
    let file: String
    /// The next byte to read.
    private(set) var position: Int
    /// The physical line of `position` (1-based).
    private(set) var line: Int

    init(bytes: UnsafeBufferPointer<UInt8>, start: Int, line: Int, delimiter: UInt8, file: String) {
        self.p = bytes
        self.position = start
        self.line = line
        self.delimiter = delimiter
        self.file = file
    }

    /// Scans the next record into `spans`; returns the line it starts on, or `nil` at the end.
    mutating func next(into spans: inout [CSVFieldSpan]) throws -> Int? {
        spans.removeAll(keepingCapacity: true)
        let n = p.count
        var i = position
        // Skip empty lines.
        while i < n {
            if p[i] == Self.lf { i += 1; line += 1 } else if p[i] == Self.cr {
                i += (i + 1 < n && p[i + 1] == Self.lf) ? 2 : 1; line += 1
            } else { break }
        }
        guard i < n else { position = i; return nil }
        let recordLine = line
        let recordStart = i
        let delim = delimiter
        fields: while true {
            if i - recordStart > Limits.maxCSVLineBytes {
                throw CSVError.limitExceeded(file: file, line: recordLine, message: "record is longer than the limit of \(Limits.describe(bytes: Limits.maxCSVLineBytes))")
            }
            if i < n && p[i] == Self.quote {
                let column = spans.count + 1
                let openLine = line
                i += 1
                let start = i
                var escaped = false
                while true {
                    guard i < n else {
                        throw CSVError.unterminatedQuote(file: file, line: openLine, column: column)
                    }
                    let c = p[i]
                    if c == Self.quote {
                        if i + 1 < n && p[i + 1] == Self.quote { escaped = true; i += 2; continue }
                        break
                    }
                    if c == Self.lf { line += 1 } else if c == Self.cr && !(i + 1 < n && p[i + 1] == Self.lf) { line += 1 }
                    i += 1
                }
                spans.append(CSVFieldSpan(start: start, end: i, hasEscapedQuotes: escaped))
                i += 1
                if i >= n { break fields }
                let c = p[i]
                if c == delim { i += 1; continue fields }
                if c == Self.lf { i += 1; line += 1; break fields }
                if c == Self.cr { i += (i + 1 < n && p[i + 1] == Self.lf) ? 2 : 1; line += 1; break fields }
                throw CSVError.unexpectedCharacterAfterQuote(file: file, line: line, column: column)
            } else {
                let start = i
                while i < n {
                    let c = p[i]
                    if c == delim || c == Self.lf || c == Self.cr { break }
                    i += 1
                }
                spans.append(CSVFieldSpan(start: start, end: i, hasEscapedQuotes: false))
                if i >= n { break fields }
                let c = p[i]
                if c == delim { i += 1; continue fields }
                if c == Self.lf { i += 1; line += 1; break fields }
                i += (i + 1 < n && p[i + 1] == Self.lf) ? 2 : 1; line += 1
                break fields
            }
        }
        if i - recordStart > Limits.maxCSVLineBytes {
            throw CSVError.limitExceeded(file: file, line: recordLine, message: "record is longer than the limit of \(Limits.describe(bytes: Limits.maxCSVLineBytes))")
        }
        position = i
        return recordLine
    }
}
