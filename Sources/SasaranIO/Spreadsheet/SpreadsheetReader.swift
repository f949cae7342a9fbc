import CGDAL
import Foundation

/// Reads one sheet of an `.xlsx` or `.ods` workbook through GDAL's XLSX and ODS drivers: the
/// first row is the header, every other row a record. Cells are read as the text they show:
/// a text cell "32.10" stays "32.10"; a number stays the number Excel stores, written without a
/// trailing ".0" ("2023", "32.1"); dates as ISO 8601. (GDAL types each column from its cells;
/// a column mixing text and numbers comes as text, numbers as Excel stored them.)
///
/// GDAL rather than a hand-written reader: its drivers are maintained, stream the sheet XML,
/// and handle shared strings, inline strings and ODS repeated cells. Before GDAL inflates
/// anything the archive is checked against ``Limits/maxSpreadsheetBytes`` (zip bombs), and the
/// columns against ``Limits/maxCSVColumns``.
enum SpreadsheetReader {
    static func read(path: String, sheet: String?, decimal: DecimalSeparator) throws -> CSVReader {
        let source = try OGRSource(path)
        try source.checkArchive(limit: Limits.maxSpreadsheetBytes, what: "a spreadsheet")
        let isODS = URL(fileURLWithPath: path).pathExtension.lowercased() == "ods"
        return try GDALMessages.capture { messages in
            let dataset = try OGRDataset.open(source, drivers: [isODS ? "ODS" : "XLSX"], options: ["HEADERS=FORCE", "FIELD_TYPES=AUTO"],
                                              messages: messages)
            let names = dataset.layerNames
            guard !names.isEmpty else { throw InputError(file: path, message: "the workbook has no sheet with cells") }
            let index: Int
            if let sheet {
                if let number = Int(sheet), number >= 1, number <= names.count {
                    index = number - 1
                } else if let found = names.firstIndex(of: sheet) ?? names.firstIndex(where: { $0.lowercased() == sheet.lowercased() }) {
                    index = found
                } else {
                    throw InputError(file: path, message: "no sheet \"\(sheet)\"; the sheets are: \(names.joined(separator: ", "))")
                }
            } else {
                index = 0
            }
            guard let layer = GDALDatasetGetLayer(dataset.handle, Int32(index)) else {
                throw InputError(file: path, message: "cannot read sheet \(index + 1)")
            }
            let label = names.count > 1 || sheet != nil ? "\(path) (sheet \(names[index]))" : path
            let definitions = try OGRReader.fieldDefinitions(layer, source: source, limit: Limits.maxCSVColumns)
            var rows: [[String]] = []
            var lines: [Int] = []
            OGR_L_ResetReading(layer)
            messages.resetErrors()
            while let feature = OGR_L_GetNextFeature(layer) {
                defer { OGR_F_Destroy(feature) }
                rows.append(definitions.indices.map { OGRReader.value(feature, Int32($0), definitions[$0]).text })
                // GDAL numbers the features by sheet row: the header is row 1, the first record row 2.
                lines.append(Int(OGR_F_GetFID(feature)))
            }
            // GDAL reads at most 2000 columns of a sheet and drops the rest with a warning (when it
            // parses the sheet): refused here rather than read short.
            if let cut = (messages.warnings.map(\.message) + messages.errors).first(where: { $0.contains("number of columns") || $0.contains("number of fields") }) {
                throw InputError(file: label, message: "more than 2000 columns, the most GDAL's spreadsheet drivers read (\(cut)); is there a cell far to the right of the table?")
            }
            if !messages.errors.isEmpty {
                throw InputError(file: label, record: rows.count + 1, message: "reading stopped: \(messages.lastError(or: "GDAL reported an error"))")
            }
            return try CSVReader(cells: rows, header: definitions.map(\.field.name), lines: lines, file: label, decimal: decimal)
        }
    }
}
