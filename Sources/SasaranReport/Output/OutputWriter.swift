import Foundation
import Sasaran
import SasaranIO

/// Where the user wants a document: `--format` for standard output, `--output` files, `--force`.
public struct OutputRequest: Sendable {
    /// The format for standard output (and for a file whose extension names none).
    public var format: OutputFormat?
    /// The files to write, each in the format its extension names.
    public var paths: [String]
    /// Replace read-only outputs.
    public var force: Bool
    /// The table a `PG:` output is written to.
    public var table: String?

    public init(format: OutputFormat? = nil, paths: [String] = [], force: Bool = false, table: String? = nil) {
        self.format = format
        self.paths = paths
        self.force = force
        self.table = table
    }
}

/// Why a request does not fit a document (a usage error: exit 64).
public struct OutputUsageError: Error, CustomStringConvertible, Sendable {
    public var description: String
}

/// The one way every command writes what it made.
///
/// - Each `--output` file gets the format its extension names (`.csv`, `.json`, …); an
///   extension that names no format takes `--format`, and without it is an error; a format the
///   command cannot write is an error listing the ones it can.
/// - Standard output gets the document when no file is named, or when `--format` is given.
/// - Every file gets its run manifest beside it (`list.csv` → `list.manifest.json`).
/// - All files are written through one ``OutputTransaction``: checked before anything is
///   written (never over an input, not twice, not over a read-only file without `--force`), and
///   replaced all or nothing.
/// - A `PG:` output (a PostGIS table, named by `--output-table`) is written after every file is staged
///   and before they replace their targets, in its own database transaction: when it fails, no
///   file is replaced.
public enum OutputWriter {
    /// What was written.
    public struct Written: Sendable {
        public var files: [String]
        public var manifests: [String]
    }

    /// Writes `document` as `request` asks; `inputs` are the run's input files, guarded.
    /// `companions` are further files of the same run (a sensitivity run's draws), written in
    /// the same transaction.
    @discardableResult
    public static func write(_ document: OutputDocument, request: OutputRequest, inputs: [OutputTransaction.Input],
                             companions: [(path: String, text: String)] = [],
                             standardOutput: (String) -> Void) throws -> Written {
        let plan = try formats(for: document, request: request)
        let transaction = OutputTransaction(inputs: inputs, force: request.force)
        var manifests: [String] = []
        for (path, format) in plan.files where format != .postgis {
            try transaction.claim(path)
            if document.manifest != nil {
                let manifestPath = manifestPath(besides: path)
                if !manifests.contains(manifestPath) {
                    try transaction.claim(manifestPath, role: "manifest of \(path)")
                    manifests.append(manifestPath)
                }
            }
        }
        for companion in companions { try transaction.claim(companion.path) }
        var rendered: [OutputFormat: [UInt8]] = [:]
        func bytes(_ format: OutputFormat) throws -> [UInt8] {
            if let done = rendered[format] { return done }
            var made = try document.bytes(format)
            // The table format is read on a terminal (printed, or a .txt catted later): names
            // and codes from files cannot carry escape sequences into it.
            if format == .table { made = Array(TerminalText.inert(String(decoding: made, as: UTF8.self), keepLayout: true).utf8) }
            rendered[format] = made
            return made
        }
        for (path, format) in plan.files where format != .postgis { try transaction.write(try bytes(format), to: path) }
        if let manifest = document.manifest {
            let json = try JSONText.encode(manifest)
            for path in manifests { try transaction.write(json, to: path) }
        }
        for companion in companions { try transaction.write(companion.text, to: companion.path) }
        let printed = try plan.standardOutput.map { try document.render($0) }
        for (connection, format) in plan.files where format == .postgis {
            try document.writeTable!(connection, request.table!)
        }
        try transaction.commit()
        if let printed { standardOutput(printed) }
        let files = plan.files.map { $0.format == .postgis ? "\(OGRSource.redacted($0.path)) (table \(request.table ?? ""))" : $0.path }
        return Written(files: files + companions.map(\.path), manifests: manifests)
    }

    /// Streams an output too large to hold (located points) to `path`, or to standard output
    /// when `path` is nil, through the same guards: `body` gets a function that appends bytes.
    /// The file and its manifest are replaced together when `body` returns, or not at all.
    @discardableResult
    public static func stream(to path: String?, manifest: RunManifest?, inputs: [OutputTransaction.Input], force: Bool,
                              standardOutput: ([UInt8]) -> Void, body: (_ append: ([UInt8]) throws -> Void) throws -> Void) throws -> Written {
        guard let path else {
            try withoutActuallyEscaping(standardOutput) { write in try body { write($0) } }
            return Written(files: [], manifests: [])
        }
        let transaction = OutputTransaction(inputs: inputs, force: force)
        try transaction.claim(path)
        let manifestPath = manifest.map { _ in self.manifestPath(besides: path) }
        if let manifestPath { try transaction.claim(manifestPath, role: "manifest of \(path)") }
        let file = try transaction.stage(path)
        try body { try file.write($0) }
        if let manifest, let manifestPath { try transaction.write(try JSONText.encode(manifest), to: manifestPath) }
        try transaction.commit()
        return Written(files: [path], manifests: manifestPath.map { [$0] } ?? [])
    }

    /// The manifest written beside an output: `list.csv` → `list.manifest.json`, kept relative
    /// when the output path is.
    public static func manifestPath(besides output: String) -> String {
        (output as NSString).deletingPathExtension + ".manifest.json"
    }

    /// The format of each file, and of standard output (nil when nothing is printed).
    static func formats(for document: OutputDocument, request: OutputRequest) throws
        -> (files: [(path: String, format: OutputFormat)], standardOutput: OutputFormat?) {
        let can = document.formats.map { $0.fileExtensions.first.map { "." + $0 } ?? "PG:…" }.joined(separator: " ")
        if let format = request.format, !document.formats.contains(format) {
            throw OutputUsageError(description: "--format \(format.rawValue): this command writes \(document.formats.map(\.rawValue).joined(separator: ", "))")
        }
        let files = try request.paths.map { path -> (String, OutputFormat) in
            if let named = OutputFormat.named(byExtensionOf: path) {
                guard document.formats.contains(named) else {
                    throw OutputUsageError(description: "--output \(path): this command cannot write \(named.rawValue); it writes \(can)")
                }
                return (path, named)
            }
            guard let format = request.format else {
                throw OutputUsageError(description: "--output \(path): the extension names no format; use one of \(can), or give --format")
            }
            return (path, format)
        }
        if files.contains(where: { $0.1 == .postgis }) {
            guard document.writeTable != nil else {
                throw OutputUsageError(description: "--output PG:…: this command does not write a database table; it writes \(can)")
            }
            guard let table = request.table, !table.isEmpty else {
                throw OutputUsageError(description: "--output PG:…: name the table to replace with --output-table NAME")
            }
        }
        let printed = request.paths.isEmpty ? (request.format ?? document.defaultFormat) : request.format
        if let printed, printed.isBinary || printed == .postgis {
            throw OutputUsageError(description: "--format \(printed.rawValue): not printed on standard output; write it to a file with --output NAME.\(printed.fileExtensions.first ?? printed.rawValue)")
        }
        return (files, printed)
    }
}

extension OutputUsageError {
    /// `what` (a comparison, a budget split …) is not written in `format`.
    public static func unsupported(_ format: OutputFormat, _ what: String) -> OutputUsageError {
        OutputUsageError(description: "\(what) is not written as \(format.rawValue)")
    }
}
