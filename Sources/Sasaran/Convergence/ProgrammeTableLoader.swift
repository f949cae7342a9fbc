import SasaranIO

/// Reads a ``ProgrammeTable`` from a ``CSVReader``: resolves the columns of a long or wide
/// layout, applies the year filter, parses amounts (missing tokens are no allocation, negative
/// and non-numeric amounts are errors), and refuses duplicate (programme, code, year) rows.
enum ProgrammeTableLoader {
    static func load(reader: CSVReader, columns: ProgrammeColumns, unit: String) throws -> ProgrammeTable {
        let file = reader.file
        let header = reader.header
        func index(_ name: String, _ role: String) throws -> Int {
            do { return try reader.columnIndex(of: name) } catch {
                throw ProgrammeError.unknownColumn(file: file, column: name, role: role, available: header)
            }
        }
        let codeIndex = try index(columns.code, "code")
        let yearIndex = try columns.year.map { try index($0, "year") }
        if let year = columns.yearFilter, yearIndex == nil { throw ProgrammeError.yearFilterWithoutColumn(file: file, year: year) }

        // Long: one (programme column, amount column); wide: one amount column per programme.
        var programmeIndex: Int?
        var amountIndices: [Int]
        switch columns.layout {
        case let .long(programme, amount):
            programmeIndex = try index(programme, "programme")
            amountIndices = [try index(amount, "amount")]
        case let .wide(names):
            if let names {
                amountIndices = try names.map { try index($0, "programme") }
            } else {
                amountIndices = header.indices.filter { $0 != codeIndex && $0 != yearIndex }
            }
            guard !amountIndices.isEmpty else { throw ProgrammeError.noProgrammeColumns(file: file) }
        }

        var programmes: [String] = programmeIndex == nil ? amountIndices.map { header[$0] } : []
        var known = Set(programmes)
        var allocations: [ProgrammeAllocation] = []
        var claims: [DuplicateKey: [Int]] = [:]
        var claimOrder: [DuplicateKey] = []
        var yearsSeen: [String] = []
        var rowCodes: [ProgrammeRowCode] = []
        try reader.forEachRecord { record in
            let year = yearIndex.map { record[$0].string.trimmingCharacters(in: .whitespaces) }
            if let wanted = columns.yearFilter, let year, year != wanted.trimmingCharacters(in: .whitespaces) {
                if yearsSeen.count < 40, !yearsSeen.contains(year) { yearsSeen.append(year) }
                return
            }
            let code = record[codeIndex].string.trimmingCharacters(in: .whitespaces)
            guard !code.isEmpty else { throw ProgrammeError.emptyCode(file: file, line: record.line, column: header[codeIndex]) }
            rowCodes.append(ProgrammeRowCode(code: code, line: record.line))
            for column in amountIndices {
                let programme: String
                if let programmeIndex {
                    programme = record[programmeIndex].string.trimmingCharacters(in: .whitespaces)
                    guard !programme.isEmpty else {
                        throw ProgrammeError.emptyProgramme(file: file, line: record.line, column: header[programmeIndex])
                    }
                    if known.insert(programme).inserted { programmes.append(programme) }
                } else {
                    programme = header[column]
                }
                let key = DuplicateKey(programme: programme, code: code, year: year)
                if claims[key] == nil { claimOrder.append(key) }
                claims[key, default: []].append(record.line)
                let field = record[column]
                guard let amount = field.double else {
                    let text = field.string.trimmingCharacters(in: .whitespaces)
                    if columns.missingTokens.contains(text) { continue }
                    throw ProgrammeError.invalidNumber(file: file, line: record.line, column: header[column],
                                                       columnNumber: column + 1, text: text)
                }
                guard amount >= 0 else {
                    throw ProgrammeError.negativeAmount(file: file, line: record.line, column: header[column],
                                                       columnNumber: column + 1, value: amount)
                }
                allocations.append(ProgrammeAllocation(programme: programme, code: code, amount: amount == 0 ? 0 : amount,
                                                       year: year, line: record.line))
            }
        }
        guard !rowCodes.isEmpty else { throw ProgrammeError.emptyTable(file: file, year: columns.yearFilter, seen: yearsSeen) }
        let duplicates = claimOrder.compactMap { key -> DuplicateAllocation? in
            let lines = claims[key]!
            return lines.count > 1 ? DuplicateAllocation(programme: key.programme, code: key.code, year: key.year, lines: lines) : nil
        }
        if !duplicates.isEmpty { throw ProgrammeError.duplicateRows(file: file, duplicates) }
        return ProgrammeTable(file: file, unit: unit, programmes: programmes, allocations: allocations, rowCodes: rowCodes)
    }

    private struct DuplicateKey: Hashable {
        var programme: String
        var code: String
        var year: String?
    }
}
