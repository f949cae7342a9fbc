import ArgumentParser
import Foundation
import Sasaran
import SasaranIO
import SasaranReport

/// `sasaran compare`: two priority lists side by side, or the Jaccard matrix of a batch.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare two priority lists: districts in both and in one only, Jaccard index, rank correlation, change per province.",
        discussion: """
        A and B are JSON files written by `sasaran rank --format json`, or, with --batch, the names of \
        two scenarios of a batch file. With --batch and no names, prints the Jaccard matrix of every \
        pair of the batch's lists. JSON keys: both, onlyA, onlyB (codes ascending), jaccard, spearman, \
        districtsA, districtsB, coverageA, coverageB, provinces.

        Examples:
          sasaran compare list-2021.json list-2023.json --format json
          sasaran compare --batch research.yaml "tahun=2021 count" "tahun=2023 count"
        """)

    @Argument(help: "The first list (a rank JSON file, or a scenario name with --batch).")
    var a: String?

    @Argument(help: "The second list.")
    var b: String?

    @Option(help: "Batch file whose scenarios A and B name.")
    var batch: String?

    @OptionGroup var outputs: OutputOptions

    func validate() throws {
        if (a == nil) != (b == nil) { throw ValidationError("give two lists to compare, A and B") }
        if a == nil && batch == nil { throw ValidationError("give two lists A B, or --batch FILE") }
    }

    func run() throws {
        if let batch {
            let file = try ScenarioBatchFile.load(path: batch)
            let manifest = try RunManifest.of(command: "compare", inputs: [("batch", batch)])
            if let a, let b {
                let chosen = ScenarioBatch(name: file.name, file: file.file, scenarios: [try file.scenario(named: a), try file.scenario(named: b)])
                let results = try BatchRunner.run(chosen)
                let lists = results.map { RankedList(name: $0.scenario.name, selection: $0.selection) }
                let comparison = ListComparison(lists[0], lists[1])
                try write(manifest: manifest, inputs: results.flatMap(\.inputFiles)) { try ComparisonEmitter.render(comparison, format: $0) }
            } else {
                let results = try BatchRunner.run(file)
                let matrix = JaccardMatrix(results.map { RankedList(name: $0.scenario.name, selection: $0.selection) })
                try write(manifest: manifest, inputs: results.flatMap(\.inputFiles)) { try JaccardMatrixEmitter.render(matrix, format: $0) }
            }
            return
        }
        let comparison = ListComparison(try RankedList(contentsOfFile: a!), try RankedList(contentsOfFile: b!))
        let manifest = try RunManifest.of(command: "compare", inputs: [("list A", a!), ("list B", b!)])
        try write(manifest: manifest, inputs: []) { try ComparisonEmitter.render(comparison, format: $0) }
    }

    private func write(manifest: RunManifest, inputs: [OutputTransaction.Input], render: @escaping (OutputFormat) throws -> String) throws {
        try outputs.write(OutputDocument(formats: ResearchText.tableFormats, manifest: manifest, render: render),
                          inputs: inputs + manifest.guardedInputs)
    }
}
