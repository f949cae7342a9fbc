/// The formats a convergence report can be written in.
public enum ConvergenceFormat: String, CaseIterable, Sendable {
    /// Aligned tables for the terminal: score, programmes, provinces, the district matrix, gaps.
    case table
    /// One table as CSV (see ``ConvergenceCSVTable``), guarded against spreadsheet formulas.
    case csv
    /// The whole report, every phase, with the run manifest.
    case json
    /// A Markdown summary with the same tables as ``table``.
    case md
}

/// Which table the CSV output holds.
public enum ConvergenceCSVTable: String, CaseIterable, Sendable {
    /// One row per priority district (the whole list): amounts per programme, count, gap.
    case districts
    /// One row per programme and phase: amounts inside and outside, shares, leakage, index.
    case programmes
    /// One row per province and phase: the district figures summed.
    case provinces
}
