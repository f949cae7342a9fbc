import Sasaran

/// What a command writes, before it is written: the formats it can be rendered in, how, and the
/// run manifest that goes beside every file. ``OutputWriter`` writes it wherever the user asks.
public struct OutputDocument {
    /// The formats the document can take; the first is the default.
    public var formats: [OutputFormat]
    /// The manifest written beside each output file (`NAME.manifest.json`), if the run has one.
    public var manifest: RunManifest?
    /// Renders the document in one of ``formats``.
    public var render: (OutputFormat) throws -> String

    /// A document.
    public init(formats: [OutputFormat], manifest: RunManifest? = nil, render: @escaping (OutputFormat) throws -> String) {
        precondition(!formats.isEmpty, "a document has at least one format")
        self.formats = formats
        self.manifest = manifest
        self.render = render
    }

    /// The default format.
    public var defaultFormat: OutputFormat { formats[0] }
}
