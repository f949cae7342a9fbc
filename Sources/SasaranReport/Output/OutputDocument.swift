import Sasaran

/// What a command writes, before it is written: the formats it can be rendered in, how, and the
/// run manifest that goes beside every file. ``OutputWriter`` writes it wherever the user asks.
public struct OutputDocument {
    /// The formats the document can take; the first is the default.
    public var formats: [OutputFormat]
    /// The manifest written beside each output file (`NAME.manifest.json`), if the run has one.
    public var manifest: RunManifest?
    /// Renders the document in one of ``formats`` that is text.
    public var render: (OutputFormat) throws -> String
    /// Renders the document in one of ``formats`` that is bytes (``OutputFormat/isBinary``:
    /// a workbook, a PDF, a GeoPackage); `nil` when the document has none.
    public var renderBytes: ((OutputFormat) throws -> [UInt8])?
    /// Writes the document into a database table (``OutputFormat/postgis``): the connection
    /// string and the table's name; the table is replaced in one transaction.
    public var writeTable: ((_ connection: String, _ table: String) throws -> Void)?

    /// A document. One that can be written as CSV can also be written as an Excel workbook: its
    /// CSV table on one sheet (``CSVSheet``), unless `renderBytes` writes a workbook of its own.
    public init(formats: [OutputFormat], manifest: RunManifest? = nil, render: @escaping (OutputFormat) throws -> String) {
        precondition(!formats.isEmpty, "a document has at least one format")
        self.formats = formats.contains(.csv) && !formats.contains(.xlsx) ? formats + [.xlsx] : formats
        self.manifest = manifest
        self.render = render
    }

    /// The default format.
    public var defaultFormat: OutputFormat { formats[0] }

    /// The document's bytes in `format`: text as UTF-8, or the binary rendering.
    func bytes(_ format: OutputFormat) throws -> [UInt8] {
        if format == .xlsx && renderBytes == nil {
            let name = manifest?.scenario ?? "table"
            return try CSVSheet.bytes(csv: try render(.csv), name: name, title: name)
        }
        if format.isBinary {
            guard let renderBytes else { throw OutputUsageError.unsupported(format, "this document") }
            return try renderBytes(format)
        }
        return Array(try render(format).utf8)
    }
}
