import ArgumentParser
import Foundation
import Sasaran
import SasaranIO
import SasaranReport

/// `sasaran run`: every scenario of a batch file.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run every scenario of a batch file and summarise them in one table.",
        discussion: """
        A batch file holds a `base` scenario (written as in a scenario file), named `scenarios` that \
        override some of its keys, and/or a `grid` of targets × values of a where column × rank keys × \
        named constraint sets. The scenarios run on all cores and share the boundary layer. The summary \
        (scenario, districts, provinces, coverage, value and population covered, marginal district) goes \
        to standard output; with --output-dir each priority list, the summary and the Jaccard matrix of \
        the lists are written there too.

        Example:
          sasaran run scenarios/research-grid.yaml --output-dir lists --format csv
        """)

    @Argument(help: "Batch file (YAML).")
    var file: String

    @Option(help: "Folder to write each list (one file per scenario), summary.* and jaccard.* into.")
    var outputDir: String?

    @Option(help: "Format of the lists and the summary: table, csv or json.")
    var format: OutputFormat = .table

    @Flag(help: "Replace outputs that exist and are read-only.")
    var force = false

    func validate() throws {
        guard ResearchText.tableFormats.contains(format) else { throw ValidationError("--format: table, csv or json") }
    }

    func run() throws {
        let batch = try ScenarioBatchFile.load(path: file)
        let results = try BatchRunner.run(batch)
        let summary = try BatchSummaryEmitter.render(results.map(BatchSummaryRow.init), format: format)
        if let outputDir {
            // The lists go into lists/ and the run's own files beside it, so no scenario name can
            // collide with summary or jaccard.
            let lists = (outputDir as NSString).appendingPathComponent("lists")
            try FileManager.default.createDirectory(atPath: lists, withIntermediateDirectories: true)
            let transaction = OutputTransaction(inputs: results.flatMap(\.inputFiles) + [.init(role: "batch", path: file)], force: force)
            let ext = format.fileExtensions.first ?? format.rawValue
            let names = FileNames.unique(results.map { $0.scenario.name })
            for (result, name) in zip(results, names) {
                try transaction.write(try PriorityListEmitter.render(result, format: format), to: "\(lists)/\(name).\(ext)")
            }
            try transaction.write(summary, to: "\(outputDir)/summary.\(ext)")
            let matrix = JaccardMatrix(results.map { RankedList(name: $0.scenario.name, selection: $0.selection) })
            try transaction.write(try JaccardMatrixEmitter.render(matrix, format: format), to: "\(outputDir)/jaccard.\(ext)")
            try transaction.commit()
            Terminal.note("\(results.count) scenarios; summary.\(ext), jaccard.\(ext) and the lists (lists/) written to \(outputDir)")
        }
        Terminal.standardOutput(summary)
        try Outcome.finish(unmet: results.flatMap { result in result.selection.unmet.map { $0.named(result.scenario.name) } })
    }
}

/// File names from scenario names: letters, digits, `.` and `_` kept, runs of anything else
/// made one `-`; a number is added where two names give the same file name.
enum FileNames {
    static func unique(_ names: [String]) -> [String] {
        var used: [String: Int] = [:]
        return names.map { name in
            var slug = ""
            for scalar in name.unicodeScalars {
                if CharacterSet.alphanumerics.contains(scalar) || scalar == "." || scalar == "_" {
                    slug.unicodeScalars.append(scalar)
                } else if !slug.hasSuffix("-") {
                    slug.append("-")
                }
            }
            slug = slug.trimmingCharacters(in: CharacterSet(charactersIn: "-"))
            if slug.isEmpty { slug = "scenario" }
            used[slug, default: 0] += 1
            return used[slug]! == 1 ? slug : "\(slug)-\(used[slug]!)"
        }
    }
}
