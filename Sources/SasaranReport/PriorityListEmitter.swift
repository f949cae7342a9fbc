import Sasaran
import SasaranIO

/// Writes the priority list of a run in any of its formats.
///
/// ```swift
/// let result = try ScenarioRunner.run(scenario)
/// let csv = try PriorityListEmitter.render(result, format: .csv)
/// try OutputWriter.write(PriorityListEmitter.document(result), request: OutputRequest(paths: ["list.csv"]),
///                        inputs: result.inputFiles) { print($0, terminator: "") }
/// ```
///
/// Every format is deterministic: the same result gives the same bytes.
public enum PriorityListEmitter {
    /// The formats of a priority list; the terminal table first.
    public static let formats: [OutputFormat] = [.table, .csv, .json, .geojson, .md, .svg, .html, .xlsx, .pdf, .gpkg, .postgis]

    /// The formats that draw or write geometry, and so need the layer in longitude/latitude.
    public static let geometryFormats: Set<OutputFormat> = [.geojson, .svg, .html, .pdf, .gpkg, .postgis]

    /// The list of `result` as text in `format`. A format that draws or writes geometry stops
    /// with an error naming `--crs` when the layer's CRS is unknown (before anything is written:
    /// ``OutputWriter`` renders every output first).
    public static func render(_ result: RunResult, format: OutputFormat, options: EmitOptions = EmitOptions()) throws -> String {
        if geometryFormats.contains(format) { try result.layer.requireLonLat(for: "writing \(format.rawValue)") }
        switch format {
        case .table: return TableEmitter.render(result, form: options.language.numberForm)
        case .csv: return CSVEmitter.render(result)
        case .json: return try JSONEmitter.render(result)
        case .geojson: return try GeoJSONEmitter.render(result, allRegions: options.allRegions)
        case .md: return MarkdownEmitter.render(result, notice: options.listNotice(result), form: options.language.numberForm)
        case .svg: return try HTMLReport.map(result, options: ReportOptions(options))
        case .html: return try HTMLReport.render(result, options: ReportOptions(options))
        default: throw OutputUsageError(description: "a priority list is not written as \(format.rawValue)")
        }
    }

    /// The list of `result` as bytes in a binary format: an Excel workbook (``PriorityListWorkbook``),
    /// a PDF annex (``PriorityListPDF``) or a GeoPackage (``PriorityListFeatures``, the selected regions or, with `allRegions`, all).
    public static func renderBytes(_ result: RunResult, format: OutputFormat, options: EmitOptions = EmitOptions()) throws -> [UInt8] {
        switch format {
        case .xlsx: return try PriorityListWorkbook.bytes(result, options: options)
        case .pdf: return try PriorityListPDF.bytes(result, options: options)
        case .gpkg:
            let features = try PriorityListFeatures.make(result, allRegions: options.allRegions)
            return try OGRWriter.geoPackageBytes(name: "\(PriorityListFeatures.layerName).gpkg", table: PriorityListFeatures.layerName,
                                                 columns: features.columns, records: features.records)
        default: return Array(try render(result, format: format, options: options).utf8)
        }
    }

    /// Replaces the PostGIS table `table` at `connection` with the list (as in a GeoPackage), in
    /// one transaction.
    public static func writeTable(_ result: RunResult, connection: String, table: String, options: EmitOptions = EmitOptions()) throws {
        let features = try PriorityListFeatures.make(result, allRegions: options.allRegions)
        try OGRWriter.replaceTable(table, at: connection, columns: features.columns, records: features.records)
    }

    /// The list of `result` as a document for ``OutputWriter``, with the run manifest.
    public static func document(_ result: RunResult, options: EmitOptions = EmitOptions()) -> OutputDocument {
        var document = OutputDocument(formats: formats, manifest: result.manifest) { try render(result, format: $0, options: options) }
        document.renderBytes = { try renderBytes(result, format: $0, options: options) }
        document.writeTable = { try writeTable(result, connection: $0, table: $1, options: options) }
        return document
    }
}
