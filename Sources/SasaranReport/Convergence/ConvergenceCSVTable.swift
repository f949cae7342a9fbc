/// Which table the CSV output holds.
public enum ConvergenceCSVTable: String, CaseIterable, Sendable {
    /// One row per priority district (the whole list): amounts per programme, count, gap.
    case districts
    /// One row per programme and phase: amounts inside and outside, shares, leakage, index.
    case programmes
    /// One row per province and phase: the district figures summed.
    case provinces
}
