import CXLSXWriter
import Foundation
import SasaranIO

/// An Excel workbook written by libxlsxwriter: sheets of ``SheetTable``s, returned as the bytes
/// of the `.xlsx` file.
///
/// Deterministic: the document's creation date is fixed (``fixedCreationDate``), and libxlsxwriter
/// then writes the same bytes for the same content. Text cells are written as strings, never as
/// formulas, so a name such as `=cmd|' /C calc'!A0` is shown as typed.
struct XLSXWorkbook {
    /// The sheets, in order.
    var sheets: [SheetTable]
    /// The document's title and subject properties.
    var title: String
    var subject: String

    /// The creation date written into the document: 2000-01-01T00:00:00Z, so that reruns give
    /// the same bytes (the run's manifest records the inputs; a clock date would only differ).
    static let fixedCreationDate: time_t = 946_684_800

    /// Excel's limits: rows and columns of a sheet, characters of a cell.
    static let maximumRows = 1_048_576
    static let maximumColumns = 16_384
    static let maximumCellCharacters = 32_767

    /// Checks the sheets against Excel's limits, before anything is written.
    func validate() throws {
        for sheet in sheets {
            let rows = sheet.firstDataRow - 1 + sheet.rows.count
            if rows > Self.maximumRows {
                throw XLSXError(message: "the sheet \"\(sheet.name)\" would have \(rows) rows; Excel holds at most \(Self.maximumRows) (write CSV instead)")
            }
            if sheet.columns.count > Self.maximumColumns {
                throw XLSXError(message: "the sheet \"\(sheet.name)\" would have \(sheet.columns.count) columns; Excel holds at most \(Self.maximumColumns)")
            }
        }
    }

    /// The workbook as the bytes of an `.xlsx` file.
    func bytes() throws -> [UInt8] {
        try validate()
        let folder = FileManager.default.temporaryDirectory.path
        let path = folder + "/.sasaran-\(getpid())-\(UUID().uuidString).xlsx"
        TemporaryFiles.register(path)
        defer {
            unlink(path)
            TemporaryFiles.unregister(path)
        }
        try write(to: path)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw XLSXError(message: "cannot read back the workbook written to \(folder)")
        }
        return [UInt8](data)
    }

    private func write(to path: String) throws {
        guard let workbook = workbook_new(path) else { throw XLSXError(message: "cannot create a workbook in \(path)") }
        var closed = false
        defer { if !closed { workbook_close(workbook) } }
        try withCStrings([title, subject, "Sasaran"]) { texts in
            var properties = lxw_doc_properties()
            properties.title = texts[0]
            properties.subject = texts[1]
            properties.author = texts[2]
            properties.created = Self.fixedCreationDate
            try check(workbook_set_properties(workbook, &properties), "the document properties")
        }
        let formats = Formats(workbook)
        for sheet in sheets {
            guard let worksheet = workbook_add_worksheet(workbook, sheet.name) else {
                throw XLSXError(message: "cannot add the sheet \"\(sheet.name)\"")
            }
            try fill(worksheet, with: sheet, formats: formats)
        }
        closed = true
        try check(workbook_close(workbook), "the workbook")
    }

    private func fill(_ worksheet: UnsafeMutablePointer<lxw_worksheet>, with sheet: SheetTable, formats: Formats) throws {
        var row: lxw_row_t = 0
        if let heading = sheet.title {
            try check(worksheet_write_string(worksheet, row, 0, try cell(heading), formats.title), "the title of \(sheet.name)")
            row += 1
        }
        for line in sheet.headingLines {
            try check(worksheet_write_string(worksheet, row, 0, try cell(line.label), formats.bold), "\(sheet.name) row \(row + 1)")
            if !line.value.isEmpty {
                try check(worksheet_write_string(worksheet, row, 1, try cell(line.value), nil), "\(sheet.name) row \(row + 1)")
            }
            row += 1
        }
        if row > 0 { row += 1 }
        let headerRow = row
        precondition(headerRow == lxw_row_t(sheet.firstDataRow - 2), "the header row is where SheetTable says")
        for (c, column) in sheet.columns.enumerated() {
            try check(worksheet_write_string(worksheet, headerRow, lxw_col_t(c), try cell(column.title), formats.header), "\(sheet.name) header")
        }
        for values in sheet.rows {
            row += 1
            for (c, value) in values.enumerated() {
                let column = lxw_col_t(c)
                switch value {
                case .empty: continue
                case let .text(text):
                    try check(worksheet_write_string(worksheet, row, column, try cell(text), nil), "\(sheet.name) row \(row + 1)")
                case let .number(number):
                    guard number.isFinite else { continue }
                    try check(worksheet_write_number(worksheet, row, column, number, formats.number(sheet.columns[c].kind)),
                              "\(sheet.name) row \(row + 1)")
                }
            }
        }
        for (c, width) in sheet.columnWidths().enumerated() {
            try check(worksheet_set_column(worksheet, lxw_col_t(c), lxw_col_t(c), width, nil), "\(sheet.name) column widths")
        }
        worksheet_freeze_panes(worksheet, headerRow + 1, 0)
        if !sheet.rows.isEmpty {
            try check(worksheet_autofilter(worksheet, headerRow, 0, headerRow + lxw_row_t(sheet.rows.count), lxw_col_t(max(sheet.columns.count - 1, 0))),
                      "\(sheet.name) filter")
        }
    }

    /// A cell's text: within Excel's length, without the control characters XML cannot hold.
    private func cell(_ text: String) throws -> String {
        let cleaned = String(String.UnicodeScalarView(text.unicodeScalars.map {
            ($0.value < 0x20 && $0 != "\n" && $0 != "\t") ? " " : $0
        }))
        guard cleaned.utf16.count <= Self.maximumCellCharacters else {
            throw XLSXError(message: "a cell of \(cleaned.utf16.count) characters is longer than Excel holds (\(Self.maximumCellCharacters))")
        }
        return cleaned
    }

    private func check(_ status: lxw_error, _ what: String) throws {
        guard status == LXW_NO_ERROR else {
            throw XLSXError(message: "cannot write \(what): \(String(cString: lxw_strerror(status)))")
        }
    }

    /// The cell formats of a workbook: the title, bold labels, the header row, and one number
    /// format per column kind.
    private struct Formats {
        let title: UnsafeMutablePointer<lxw_format>
        let bold: UnsafeMutablePointer<lxw_format>
        let header: UnsafeMutablePointer<lxw_format>
        private let integer: UnsafeMutablePointer<lxw_format>
        private let decimal: UnsafeMutablePointer<lxw_format>
        private let percent: UnsafeMutablePointer<lxw_format>
        private let general: UnsafeMutablePointer<lxw_format>

        init(_ workbook: UnsafeMutablePointer<lxw_workbook>) {
            title = workbook_add_format(workbook)
            format_set_bold(title)
            format_set_font_size(title, 14)
            bold = workbook_add_format(workbook)
            format_set_bold(bold)
            header = workbook_add_format(workbook)
            format_set_bold(header)
            format_set_bottom(header, UInt8(LXW_BORDER_THIN.rawValue))
            format_set_text_wrap(header)
            integer = workbook_add_format(workbook)
            format_set_num_format(integer, "#,##0")
            decimal = workbook_add_format(workbook)
            format_set_num_format(decimal, "#,##0.00")
            percent = workbook_add_format(workbook)
            format_set_num_format(percent, "0.00%")
            general = workbook_add_format(workbook)
            format_set_num_format(general, "General")
        }

        func number(_ kind: SheetTable.Column.Kind) -> UnsafeMutablePointer<lxw_format> {
            switch kind {
            case .integer: return integer
            case .decimal: return decimal
            case .percent: return percent
            case .text, .general: return general
            }
        }
    }
}

/// A workbook that cannot be written (beyond Excel's limits, or a libxlsxwriter error).
struct XLSXError: Error, CustomStringConvertible {
    var message: String
    var description: String { "xlsx: " + message }
}

/// Runs `body` with C copies of `texts`, kept alive for the call.
private func withCStrings<T>(_ texts: [String], _ body: ([UnsafeMutablePointer<CChar>?]) throws -> T) rethrows -> T {
    let copies = texts.map { strdup($0) }
    defer { copies.forEach { free($0) } }
    return try body(copies)
}
