/// Choices of a convergence analysis.
public struct ConvergenceOptions: Sendable, Hashable {
    /// A priority district reached by fewer programmes than this is a gap (default 1: a gap is a
    /// district no programme reaches).
    public var minProgrammes: Int
    /// The core programmes every priority district should receive; `nil` for all programmes.
    public var core: [String]?

    /// Options; by default a gap is a district no programme reaches, and every programme is core.
    public init(minProgrammes: Int = 1, core: [String]? = nil) {
        self.minProgrammes = minProgrammes
        self.core = core
    }
}
