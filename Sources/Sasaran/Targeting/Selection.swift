/// The result of targeting: the list in order, with summaries and what could not be met.
public struct Selection: Sendable, Hashable {
    /// The selected regions, in list order (phase by phase; within a phase locked, parent
    /// minimums, then ranked).
    public var entries: [SelectionEntry]
    /// The rank key of the request.
    public var rankKey: RankKey
    /// Every region with a value ranked by ``rankKey``, without constraints (built once; the
    /// report's ranks and the coverage curve read it).
    public var ranking: Ranking
    /// The national total shares are computed against.
    public var total: Double
    /// Whether ``total`` was given rather than summed.
    public var totalGiven: Bool
    /// The last phase's coverage target, if its rule is a coverage target.
    public var target: Double?
    /// Value covered by the list.
    public var valueCovered: Double
    /// Share of the national total covered by the list.
    public var coverage: Double
    /// The region that crossed the last phase's coverage target.
    public var marginal: String?
    /// One summary per phase.
    public var phases: [PhaseSummary]
    /// One summary per parent of the layer, by parent code.
    public var parents: [ParentSummary]
    /// Parents with at least one region in the list, ascending.
    public var parentsTouched: [String]
    /// Regions left out because they have no value, in input order.
    public var regionsWithoutValue: [String]
    /// What could not be met; empty when everything was.
    public var unmet: [UnmetConstraint]
    /// Codes locked out by any phase, ascending.
    public var lockedOut: [String] = []
    /// The list summarised at each level of the layer's hierarchy, top down; empty without levels.
    public var levels: [LevelSummary] = []

    /// Position in ``entries`` of each region of the layer, -1 when not selected.
    var listPositions: [Int32]

    /// The entry of the region at `index` in the layer, when it is selected.
    public func entry(forRegion index: Int) -> SelectionEntry? {
        guard listPositions.indices.contains(index), listPositions[index] >= 0 else { return nil }
        return entries[Int(listPositions[index])]
    }

    /// Statements about the run that are not failures (a phase that adds nothing).
    public var notes: [String] { phases.compactMap(\.note) }

    /// Codes locked in (by any phase), in list order.
    public var lockedIn: [String] { entries.filter { $0.why == .locked }.map(\.code) }

    /// The marginal region's entry, when there is one.
    public var marginalEntry: SelectionEntry? {
        marginal.flatMap { code in entries.last { $0.code == code } }
    }

    /// The selection with parent names put beside the parent codes of its entries and parents.
    public func naming(parents names: [String: String]) -> Selection {
        guard !names.isEmpty else { return self }
        var named = self
        for k in named.entries.indices { named.entries[k].parentName = names[named.entries[k].parent] }
        for k in named.parents.indices { named.parents[k].name = names[named.parents[k].parent] }
        return named
    }

    /// The codes in list order.
    public var codes: [String] { entries.map(\.code) }
}
