import ArgumentParser
import SasaranReport

/// `--format table|csv|json` and `--output FILE`, for the research commands whose result is a table.
struct TableOutputOptions: ParsableArguments {
    @Option(help: "Output format: table, csv or json.")
    var format: ResearchFormat = .table

    @Option(help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    func validate() throws {
        if format == .svg { throw ValidationError("--format: table, csv or json") }
    }

    /// Writes the rendered text where the options say.
    func emit(_ text: String) throws { try OutputFile.emit(text, to: output) }
}
