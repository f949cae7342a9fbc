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
}
