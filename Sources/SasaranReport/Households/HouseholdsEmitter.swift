import Sasaran

/// Writes a ``HouseholdReport`` as a table, CSV (one of ``HouseholdsCSVTable``), JSON
/// (``HouseholdsDocument``) or an Excel workbook (``HouseholdsWorkbook``), deterministic: the same report gives the same bytes.
///
/// ```swift
/// let run = try HouseholdRegister.read(path: "register.csv", layout: layout, codes: codes, priority: flags, options: options)
/// let report = HouseholdReport(run: run, layout: layout, districts: districts, priority: flags, minCell: 10)
/// let json = try HouseholdsEmitter.render(report, format: .json)
/// ```
public enum HouseholdsEmitter {
    public static let formats: [OutputFormat] = [.table, .csv, .json, .xlsx, .html]

    /// The report as a document for ``OutputWriter``, with `manifest` beside each file.
    /// `layer` (the boundaries) adds the maps of the HTML section.
    public static func document(_ report: HouseholdReport, csvTable: HouseholdsCSVTable, manifest: RunManifest, layer: RegionLayer? = nil) -> OutputDocument {
        var document = OutputDocument(formats: formats, manifest: manifest) {
            try render(report, format: $0, csvTable: csvTable, manifest: manifest, layer: layer)
        }
        document.renderBytes = { format in
            guard format == .xlsx else { throw OutputUsageError.unsupported(format, "a household report") }
            return try HouseholdsWorkbook.bytes(report, title: "Households: \(report.rule)")
        }
        return document
    }

    public static func render(_ report: HouseholdReport, format: OutputFormat, csvTable: HouseholdsCSVTable = .districts,
                              manifest: RunManifest? = nil, layer: RegionLayer? = nil) throws -> String {
        switch format {
        case .table: return HouseholdsTableEmitter.render(report)
        case .csv: return try HouseholdsCSVEmitter.render(report, table: csvTable)
        case .json: return try JSONText.encode(HouseholdsDocument(report, manifest: manifest))
        case .html: return try HouseholdsHTML.page(report, layer: layer)
        default: throw OutputUsageError.unsupported(format, "a household report")
        }
    }

    /// The gap households' ids, one a line under the header `id` (for `--list-households`).
    public static func gapList(_ report: HouseholdReport) -> String {
        (["id"] + report.gapIds.map(CSVEmitter.text)).joined(separator: "\n") + "\n"
    }
}
