/// Any command's CSV table as a one-sheet workbook: the generic "table to sheet" emitter behind
/// every `--output NAME.xlsx` of a command that writes CSV (compare, curve, uncertainty, years,
/// budget, convergence, …).
///
/// The CSV is the command's own (RFC 4180, as ``CSVEmitter`` writes): its first line is the
/// header. A column is numeric when every cell in it is a plain decimal number written without
/// a leading zero (`0.5` but not `01`), and its name does not say it holds codes (`code`,
/// `kode`, `parent`, `id`); every other column is text, so codes such as `32.01` stay text.
enum CSVSheet {
    /// The workbook of `csv`, its sheet named `name`.
    static func bytes(csv: String, name: String, title: String) throws -> [UInt8] {
        try XLSXWorkbook(sheets: [sheet(csv: csv, name: name)], title: title, subject: name).bytes()
    }

    /// The sheet of `csv`.
    static func sheet(csv: String, name: String) -> SheetTable {
        let records = parse(csv)
        guard let header = records.first else { return SheetTable(name: name, columns: [], rows: []) }
        let body = Array(records.dropFirst())
        let numeric = header.indices.map { c in
            !holdsCodes(header[c]) && body.contains { c < $0.count && !$0[c].isEmpty }
                && body.allSatisfy { c >= $0.count || $0[c].isEmpty || isNumber($0[c]) }
        }
        let columns = header.indices.map { numeric[$0] ? SheetTable.Column.general(header[$0]) : .text(header[$0]) }
        let rows = body.map { record in
            header.indices.map { c -> SheetTable.Cell in
                guard c < record.count, !record[c].isEmpty else { return .empty }
                return numeric[c] ? .number(Double(record[c])!) : .text(record[c])
            }
        }
        return SheetTable(name: name, columns: columns, rows: rows)
    }

    private static func holdsCodes(_ title: String) -> Bool {
        let lower = title.lowercased()
        return ["code", "kode", "parent", "id"].contains { lower == $0 || lower.hasPrefix($0 + "_") || lower.hasSuffix("_" + $0) }
    }

    private static func isNumber(_ text: String) -> Bool {
        guard FormulaGuard.isPlainNumber(text) else { return false }
        let digits = text.drop { $0 == "-" || $0 == "+" }
        return !(digits.count > 1 && digits.first == "0" && digits.dropFirst().first != ".")
    }

    /// Records of RFC 4180 CSV: quoted fields with doubled quotes, LF or CRLF line ends.
    static func parse(_ csv: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var atFieldStart = true
        var characters = csv.makeIterator()
        var pending: Character?
        while let character = pending ?? characters.next() {
            pending = nil
            if quoted {
                if character == "\"" {
                    if let next = characters.next() {
                        if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
                    } else { quoted = false }
                } else { field.append(character) }
                continue
            }
            switch character {
            case "\"" where atFieldStart: quoted = true; atFieldStart = false
            case ",": record.append(field); field = ""; atFieldStart = true
            case "\n", "\r\n":
                record.append(field); records.append(record); record = []; field = ""; atFieldStart = true
            default: field.append(character); atFieldStart = false
            }
        }
        if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
        return records
    }
}
