import ArgumentParser
import Foundation
import Sasaran
import SasaranReport

/// `sasaran sensitivity`: how much the list depends on the weights of its composite index.
struct SensitivityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sensitivity",
        abstract: "How much does the list depend on the index weights? Redraw the weights and rerun the ranking and selection.",
        discussion: """
        Each of N draws perturbs the weights of the composite index (--index, or a scenario's index \
        section): Dirichlet around the given weights with a concentration (--concentration 50; larger \
        is tighter), or each weight moved by up to ±x of itself (--vary 0.2). The index is recomputed, \
        the regions re-ranked and the list re-selected on the count. Reports per district the \
        frequency of selection and the rank interval (5–95%), and Spearman's ρ between the baseline \
        ranking and each draw's. With --se, --cv-column or --cv, each draw also redraws the counts \
        from their sampling errors (as `sasaran uncertainty` does), combining both sources of \
        uncertainty. The generator is xoshiro256** seeded by SplitMix64, as for uncertainty: the same \
        seed gives the same numbers on any number of cores.

        Example:
          sasaran sensitivity --scenario scenarios/composite-2023.yaml --concentration 50 --draws 10000 --seed 7
        """)

    @OptionGroup var input: ScenarioInputOptions

    @Option(help: "Dirichlet concentration α around the given weights (e.g. 50).")
    var concentration: Double?

    @Option(help: "Move each weight by up to ±this fraction of itself, uniformly (0.2 for ±20%).")
    var vary: Double?

    @Option(help: "Number of weight draws.")
    var draws: Int = 1000

    @Option(help: "Seed of the random numbers.")
    var seed: UInt64 = 1

    /// Optional: with one of them, each draw also redraws the counts.
    @OptionGroup var sampling: SamplingErrorOptionGroup

    @Option(help: "Also write each draw's weights (as shares) to this CSV file, for audit or for another tool to replay.")
    var drawsOutput: String?

    @OptionGroup var outputs: OutputOptions

    @Flag(help: "Print the time the draws took to standard error.")
    var timings = false

    func validate() throws {
        if (concentration == nil) == (vary == nil) { throw ValidationError("give one of --concentration ALPHA and --vary FRACTION") }
        if sampling.sourcesGiven > 1 {
            throw ValidationError("give at most one of --se COLUMN, --cv-column COLUMN and --cv X")
        }
        try NumberFlags.check(draws, "--draws", in: NumberFlags.replicates)
        try NumberFlags.check(concentration, "--concentration", in: NumberFlags.scale)
        try NumberFlags.check(vary, "--vary", in: NumberFlags.scale)
    }

    func run() throws {
        let errors = sampling.errors
        let result = try input.run(extraColumns: errors?.column.map { [$0] } ?? [])
        let perturbation: WeightPerturbation = concentration.map { .dirichlet(concentration: $0) } ?? .uniform(fraction: vary!)
        let start = DispatchTime.now().uptimeNanoseconds
        let sensitivity = try SensitivityAnalysis.run(result, options: .init(perturbation: perturbation, draws: draws, seed: seed,
                                                                             errors: errors, distribution: sampling.distribution))
        if timings {
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            Terminal.note(String(format: "draws %d × %d districts: %.3f s (%@ selector)", draws, sensitivity.districts.count,
                                 seconds, sensitivity.fastPath ? "fast" : "full"))
        }
        try outputs.write(OutputDocument(formats: ResearchText.tableFormats, manifest: result.manifest) {
            try SensitivityEmitter.render(sensitivity, format: $0)
        }, inputs: result.inputFiles, companions: drawsOutput.map { [($0, SensitivityEmitter.draws(sensitivity))] } ?? [])
        try Outcome.finish(result.selection)
    }
}
