import ArgumentParser
import Sasaran

/// The end of a command that wrote a list: what was not met is said on standard error, and the
/// exit status is 3 (written, but not met). Exit statuses: 0 all met, 1 input error, 3 written
/// but a target or constraint not met, 64 usage.
enum Outcome {
    /// The exit statuses, for help texts.
    static let exitStatuses = """
        Exit status: 0 all met; 1 input error (nothing written); 3 written, but a target or constraint \
        was not met (said on standard error); 64 usage error.
        """

    /// Says the selection's notes, then each unmet statement, and exits 3 when there is any.
    static func finish(_ selection: Selection) throws {
        for note in selection.notes { Terminal.note("note: \(note)") }
        try finish(unmet: selection.unmet)
    }

    /// Says each unmet statement and exits 3 when there is any.
    static func finish(unmet: [UnmetConstraint]) throws {
        guard !unmet.isEmpty else { return }
        for statement in unmet { Terminal.note("not met: \(statement.message)") }
        throw ExitCode(3)
    }

    /// Says loudly how an exact selection fell short: conflicts (with the relaxed list written),
    /// a time limit (with the gap), no alternatives found. Exits 3 when the list is not proven
    /// optimal or the request had to be relaxed.
    static func finish(_ outcome: OptimisationOutcome) throws {
        let o = outcome.optimality
        for conflict in outcome.infeasibilities {
            Terminal.note("INFEASIBLE (phase \(conflict.phase)): \(conflict.summary) cannot hold together: \(conflict.explanation); the list written relaxes them")
        }
        switch o.status {
        case .optimal: break
        case .timeLimit:
            Terminal.note("NOT PROVEN OPTIMAL: the \(o.solver) search stopped at the time limit; best list written, gap \(o.gap.map(NumberText.percentInText) ?? "unknown")")
        case .timeLimitNoSolution:
            Terminal.note("NO LIST: the \(o.solver) search found no feasible list within the time limit")
        case .infeasible:
            Terminal.note("INFEASIBLE: no list satisfies the constraints, even with the conflicting sets relaxed")
        case .abandoned:
            Terminal.note("SOLVER FAILED: \(o.solver) abandoned the search (numerical difficulties)")
        }
        if let note = outcome.alternativesNote { Terminal.note("note: \(note)") }
        if !outcome.isSatisfied {
            for statement in outcome.selection.unmet { Terminal.note("not met: \(statement.message)") }
            throw ExitCode(3)
        }
    }
}
