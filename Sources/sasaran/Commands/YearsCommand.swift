import ArgumentParser
import Foundation
import Sasaran
import SasaranReport

/// `sasaran years`: the same rule over every year, with churn.
struct YearsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "years",
        abstract: "Run the same rule for every value of a column (every year of a long table) and show the churn.",
        discussion: """
        Runs the rule once per value of --over found in the indicator table (a --where filter on that \
        column is replaced), and reports per year the districts entering and leaving the list against \
        the year before, and the stable core: the districts in every year's list.

        Example:
          sasaran years --scenario scenarios/default-2025.yaml --over tahun \\
            --missing skip
        """)

    @OptionGroup var input: ScenarioInputOptions

    @Option(help: "The column whose values to run over (e.g. tahun).")
    var over: String

    @Option(help: "Only these values, comma-separated (default: every value in the table).")
    var values: String?

    @OptionGroup var outputs: OutputOptions

    func run() throws {
        let scenario = try input.makeScenario()
        let chosen = values.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
        let series = try YearSeries.run(scenario, over: over, values: chosen)
        for step in series.steps { for warning in step.result.join.report.warnings { Terminal.warn("\(over)=\(step.value): \(warning)") } }
        let last = series.steps.last?.result
        try outputs.write(OutputDocument(formats: ResearchText.tableFormats, manifest: last?.manifest) {
            try YearSeriesEmitter.render(series, format: $0)
        }, inputs: last?.inputFiles ?? [])
        try Outcome.finish(unmet: series.steps.flatMap { step in step.result.selection.unmet.map { $0.named("\(over)=\(step.value)") } })
    }
}
