/// The convergence of programmes on the priority list as it stands at the end of one phase
/// (phases are nested, so the last view is the whole list).
public struct ConvergenceView: Sendable, Hashable {
    /// The phase, from 1.
    public var phase: Int
    /// Its name.
    public var phaseName: String
    /// The priority districts, in list order.
    public var districts: [DistrictConvergence]
    /// The programmes, in report order.
    public var programmes: [ProgrammeConvergence]
    /// The parents with a priority district or an amount, by code.
    public var parents: [ParentConvergence]
    /// The plan's score.
    public var score: ConvergenceScore

    /// Codes of the priority districts that no programme reaches.
    public var unreached: [String] { districts.filter { $0.programmeCount == 0 }.map(\.code) }
    /// Codes of the priority districts reached by fewer programmes than the minimum.
    public var gaps: [String] { districts.filter(\.isGap).map(\.code) }
}
