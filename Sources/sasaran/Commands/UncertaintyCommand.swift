import ArgumentParser
import Foundation
import Sasaran
import SasaranReport

/// `sasaran uncertainty`: Monte Carlo selection probabilities.
struct UncertaintyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "uncertainty",
        abstract: "How sure is the list? Redraw every district's figure from its standard error and rerun the selection.",
        discussion: """
        Each of N replicates draws every district's value from its estimate and standard error \
        (normal censored at 0, or log-normal with the same mean and CV), reruns the selection, and \
        counts. Reports per district the probability of being selected, the distribution of the number \
        of districts needed, and the coverage the point-estimate list achieves across replicates (5–95%). \
        The generator is xoshiro256** seeded by SplitMix64: the same seed gives the same numbers on any \
        number of cores.

        Example:
          sasaran uncertainty --scenario scenarios/default-2025.yaml --cv 0.1 \\
            --replicates 10000 --seed 7
        """)

    @OptionGroup var input: ScenarioInputOptions

    @OptionGroup var sampling: SamplingErrorOptionGroup

    @Option(help: "Number of replicates.")
    var replicates: Int = 1000

    @Option(help: "Seed of the random numbers.")
    var seed: UInt64 = 1

    @OptionGroup var outputs: OutputOptions

    @Flag(help: "Print the time the replicates took to standard error.")
    var timings = false

    func validate() throws {
        if sampling.sourcesGiven != 1 {
            throw ValidationError("give one of --se COLUMN, --cv-column COLUMN and --cv X")
        }
        try NumberFlags.check(replicates, "--replicates", in: NumberFlags.replicates)
    }

    func run() throws {
        let errors = sampling.errors!
        let result = try input.run(extraColumns: errors.column.map { [$0] } ?? [])
        let scenario = result.scenario
        let start = DispatchTime.now().uptimeNanoseconds
        let uncertainty = try UncertaintyAnalysis.run(result.join.regions, request: scenario.request,
                                                      options: .init(errors: errors, replicates: replicates, seed: seed, distribution: sampling.distribution))
        if timings {
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            Terminal.note(String(format: "replicates %d × %d districts: %.3f s (%@ selector)", replicates, uncertainty.districts.count,
                                 seconds, uncertainty.fastPath ? "fast" : "full"))
        }
        try outputs.write(OutputDocument(formats: ResearchText.tableFormats, manifest: result.manifest) {
            try UncertaintyEmitter.render(uncertainty, format: $0)
        }, inputs: result.inputFiles)
        try Outcome.finish(result.selection)
    }
}
