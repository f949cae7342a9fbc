/// Where one field lies in the input: the bytes between its delimiters (inside its quotes
/// when quoted).
struct CSVFieldSpan {
    var start: Int
    var end: Int
    /// The field was quoted and holds doubled quotes (`""`) that stand for one quote each.
    var hasEscapedQuotes: Bool
}

/// One record of a delimited-text file, handed to the callback of ``CSVReader/forEachRecord(_:)``.
///
/// A record is a view into the reader's bytes: it and its fields are valid only inside the
/// callback. Nothing is allocated until a field is materialised (``CSVField/string``).
public struct CSVRecord {
    /// The 1-based physical line on which the record starts.
    public let line: Int
    let base: UnsafePointer<UInt8>
    let spans: UnsafeBufferPointer<CSVFieldSpan>
    /// How the table writes decimals (see ``CSVField/double``).
    let decimal: DecimalSeparator

    /// The number of fields.
    public var count: Int { spans.count }

    /// The field at the 0-based `index`.
    public subscript(index: Int) -> CSVField {
        let span = spans[index]
        return CSVField(
            bytes: UnsafeBufferPointer(start: base + span.start, count: span.end - span.start),
            hasEscapedQuotes: span.hasEscapedQuotes, decimal: decimal)
    }

    /// All fields as strings.
    public var strings: [String] { (0..<count).map { self[$0].string } }
}

/// One field of a ``CSVRecord``: the raw bytes (without surrounding quotes) plus whether doubled
/// quotes inside still need unescaping. Valid only inside the record callback.
public struct CSVField {
    /// The field's bytes between its delimiters, without surrounding quotes. Doubled quotes are
    /// still doubled when ``hasEscapedQuotes`` is true; use ``withUnescapedBytes(_:)`` or
    /// ``string`` to see them as one.
    public let bytes: UnsafeBufferPointer<UInt8>
    /// The field was quoted and holds doubled quotes.
    public let hasEscapedQuotes: Bool
    /// The table's decimal separator.
    let decimal: DecimalSeparator

    /// The field's text (input is validated as UTF-8 by the reader).
    public var string: String {
        withUnescapedBytes { String(decoding: $0, as: UTF8.self) }
    }

    /// Whether the field is empty.
    public var isEmpty: Bool { bytes.isEmpty }

    /// Calls `body` with the field's bytes, doubled quotes reduced to one.
    public func withUnescapedBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        guard hasEscapedQuotes else { return try body(bytes) }
        var out = [UInt8]()
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            out.append(bytes[i])
            i += (bytes[i] == 0x22 && i + 1 < bytes.count && bytes[i + 1] == 0x22) ? 2 : 1
        }
        return try out.withUnsafeBufferPointer(body)
    }

    /// The field as a finite decimal number (surrounding spaces allowed; the table's decimal
    /// separator and thousands groups, see ``DecimalSeparator``), or `nil` when it is not one.
    public var double: Double? { CSVNumber.parseDouble(bytes, decimal: decimal) }

    /// The field with surrounding ASCII spaces and tabs removed equals `text`.
    public func trimmedEquals(_ text: String) -> Bool {
        withUnescapedBytes { raw in
            let trimmed = CSVNumber.trim(raw)
            var text = text
            return text.withUTF8 { $0.elementsEqual(trimmed) }
        }
    }
}
