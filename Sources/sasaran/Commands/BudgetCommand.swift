import ArgumentParser
import Foundation
import Sasaran
import SasaranReport

/// `sasaran budget`: a budget split over the selected districts.
struct BudgetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "budget",
        abstract: "Split a budget over the selected districts in proportion to their value, with a floor and a cap.",
        discussion: """
        Selects as `sasaran rank` does, then gives each district clamp(λ × value, floor, cap) with the \
        one λ that spends the budget, rounded to whole units by largest remainder: the amounts sum \
        exactly to the budget. Floors or caps that make this impossible are an error saying by how much.

        Example:
          sasaran budget --scenario scenarios/default-2025.yaml --budget 1000000000 \\
            --floor 1000000 --cap 20000000
        """)

    @OptionGroup var input: ScenarioInputOptions

    @Option(help: "The budget, in whole currency units.")
    var budget: Int

    @Option(help: "At least this much per district.")
    var floor: Int = 0

    @Option(help: "At most this much per district.")
    var cap: Int?

    @OptionGroup var outputs: OutputOptions

    func run() throws {
        let result = try input.run()
        let selection = result.selection
        let split = try BudgetSplit(budget: budget, weights: selection.entries.map { ($0.code, $0.value) }, floor: floor, cap: cap)
        try outputs.write(OutputDocument(formats: ResearchText.tableFormats, manifest: result.manifest) {
            try BudgetEmitter.render(split, selection: selection, format: $0)
        }, inputs: result.inputFiles)
        try Outcome.finish(selection)
    }
}
