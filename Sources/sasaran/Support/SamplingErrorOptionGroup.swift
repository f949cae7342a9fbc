import ArgumentParser
import Sasaran

/// Where the sampling errors of the counts come from, and how replicates draw them: shared by
/// `uncertainty` (one source required) and `sensitivity` (optional).
struct SamplingErrorOptionGroup: ParsableArguments {
    @Option(help: "Column of standard errors, in the value's units.")
    var se: String?

    @Option(help: "Column of relative standard errors (CV, as a fraction: 0.1 for 10%).")
    var cvColumn: String?

    @Option(help: "One coefficient of variation for every district (e.g. 0.1).")
    var cv: Double?

    func validate() throws {
        try NumberFlags.check(cv, "--cv", in: NumberFlags.scale)
    }

    @Option(help: "normal (censored at 0) or lognormal (same mean and CV).")
    var distribution: ReplicateDistribution = .normal

    /// How many of --se, --cv-column and --cv are given.
    var sourcesGiven: Int { [se != nil, cvColumn != nil, cv != nil].filter { $0 }.count }

    /// The errors the flags name, if any.
    var errors: StandardErrors? {
        se.map(StandardErrors.column) ?? cvColumn.map(StandardErrors.relativeColumn) ?? cv.map(StandardErrors.relative)
    }
}
