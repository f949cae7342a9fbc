import Sasaran
import SasaranIO

/// The whole run as JSON (``PriorityListDocument``): the list in rank order with the totals,
/// marginal region, parent and phase summaries, unmet constraints, join report and manifest.
/// Sorted keys and pretty printing (``JSONText``) make it byte-for-byte repeatable.
enum JSONEmitter {
    static func render(_ result: RunResult) throws -> String {
        try JSONText.encode(PriorityListDocument(result))
    }
}
