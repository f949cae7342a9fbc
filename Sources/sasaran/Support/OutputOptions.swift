import ArgumentParser
import Foundation
import SasaranIO
import SasaranReport

/// `--format`, `--output` (repeatable) and `--force`: how every command writes what it made,
/// through ``OutputWriter`` (atomic, all or nothing, never over an input, a manifest beside each
/// file of a run).
struct OutputOptions: ParsableArguments {
    @Option(help: "Format printed on standard output (the command's formats are listed in its help; the first is the default). With --output, nothing is printed unless --format is given.")
    var format: OutputFormat?

    @Option(help: ArgumentHelp("Write to this file, in the format its extension names (.txt .csv .json .geojson .md .svg .html .xlsx …; a command that writes CSV also writes .xlsx). Repeatable: one run, several files, written all or nothing; a run manifest goes beside each (NAME.manifest.json). An output that is an input of the run is refused.", valueName: "file"))
    var output: [String] = []

    @Flag(help: "Replace outputs that exist and are read-only.")
    var force = false

    /// Whether anything goes to standard output.
    var printsToStandardOutput: Bool { output.isEmpty || format != nil }

    var request: OutputRequest { OutputRequest(format: format, paths: output, force: force) }

    /// Writes `document` where the options say; `inputs` are guarded. A request that does not
    /// fit the document is a usage error.
    @discardableResult
    func write(_ document: OutputDocument, inputs: [OutputTransaction.Input], extraPaths: [String] = [],
               companions: [(path: String, text: String)] = [], table: String? = nil) throws -> OutputWriter.Written {
        var request = self.request
        request.paths += extraPaths
        request.table = table
        do {
            return try OutputWriter.write(document, request: request, inputs: inputs, companions: companions) { Terminal.standardOutput($0) }
        } catch let error as OutputUsageError {
            throw ValidationError(error.description)
        }
    }
}

extension OutputFormat: ExpressibleByArgument {}
