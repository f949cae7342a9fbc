import Foundation

import SasaranIO

/// Reads an ``IndicatorTable`` from a ``CSVReader``: resolves columns, applies filters, parses
/// numbers with missing tokens, rejects negative values and empty results.
enum IndicatorTableLoader {
    static func load(reader: CSVReader, columns: IndicatorColumns) throws -> IndicatorTable {
        let file = reader.file
        func index(_ name: String, _ role: String) throws -> Int {
            do { return try reader.columnIndex(of: name) } catch {
                throw IndicatorError.unknownColumn(file: file, column: name, role: role, available: reader.header)
            }
        }
        let codeIndex = try index(columns.code, "code")
        let valueIndex = try index(columns.value, "value")
        let populationIndex = try columns.population.map { try index($0, "population") }
        let extraIndices = try columns.extra.map { try index($0, "extra") }
        let nameIndex = try columns.name.map { try index($0, "name") } ?? reader.header.firstIndex { column in
            let lower = column.lowercased()
            return lower.hasPrefix("nama") || lower.hasPrefix("name")
        }
        let filterIndices = try columns.filters.map { try index($0.column, "filter") }
        let header = reader.header

        var rows: [IndicatorRow] = []
        var seen: [String: [String]] = [:]
        try reader.forEachRecord { record in
            for (k, filter) in columns.filters.enumerated() where !record[filterIndices[k]].trimmedEquals(filter.value) {
                let v = record[filterIndices[k]].string.trimmingCharacters(in: .whitespaces)
                if seen[filter.column, default: []].count < 40, !seen[filter.column, default: []].contains(v) {
                    seen[filter.column, default: []].append(v)
                }
                return
            }
            func number(_ column: Int, allowNegative: Bool) throws -> Double? {
                let field = record[column]
                if let x = field.double {
                    if x < 0 && !allowNegative {
                        throw IndicatorError.negativeValue(file: file, line: record.line, column: header[column],
                                                           columnNumber: column + 1, value: x)
                    }
                    return x == 0 ? 0 : x
                }
                let text = field.string.trimmingCharacters(in: .whitespaces)
                if columns.missingTokens.contains(text) { return nil }
                throw IndicatorError.invalidNumber(file: file, line: record.line, column: header[column],
                                                   columnNumber: column + 1, text: text)
            }
            let code = record[codeIndex].string.trimmingCharacters(in: .whitespaces)
            guard !code.isEmpty else {
                throw IndicatorError.emptyCode(file: file, line: record.line, column: header[codeIndex])
            }
            var extras: [String: Double] = [:]
            for (k, name) in columns.extra.enumerated() {
                if let x = try number(extraIndices[k], allowNegative: true) { extras[name] = x }
            }
            rows.append(IndicatorRow(
                code: code,
                value: try number(valueIndex, allowNegative: columns.valueMayBeNegative),
                population: try populationIndex.flatMap { try number($0, allowNegative: false) },
                name: nameIndex.map { record[$0].string.trimmingCharacters(in: .whitespaces) },
                extras: extras,
                line: record.line))
        }
        guard !rows.isEmpty else {
            throw IndicatorError.emptyTable(file: file, filters: columns.filters, seen: seen)
        }
        return IndicatorTable(file: file, codeColumn: header[codeIndex], valueColumn: header[valueIndex],
                              populationColumn: populationIndex.map { header[$0] }, nameColumn: nameIndex.map { header[$0] },
                              extraColumns: extraIndices.map { header[$0] }, rows: rows)
    }
}
