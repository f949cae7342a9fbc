/// Why a region is in the list.
public enum SelectionReason: String, Sendable, Hashable, CaseIterable {
    /// Added in rank order by the stop rule.
    case ranked
    /// Locked in (by the phase's lock-in list, before ranking).
    case locked
    /// Added to meet a parent's minimum, or the minimum of a unit of a level (``LevelQuota``).
    case parentMinimum = "parent minimum"
    /// Chosen by the exact optimiser (``Optimiser``), which has no order of its own.
    case optimised
}

/// One region of a selection, in list order.
public struct SelectionEntry: Sendable, Hashable {
    /// Position in the list, from 1.
    public var rank: Int
    /// The region's index in the layer (and in ``JoinResult/regions``, which keeps layer order).
    public var index: Int
    /// The region's code.
    public var code: String
    /// The region's name.
    public var name: String
    /// The parent (province) code.
    public var parent: String
    /// The parent's name, when the run knows it (``Selection/naming(parents:)``).
    public var parentName: String? = nil
    /// The value.
    public var value: Double
    /// The population, if known.
    public var population: Double?
    /// Value ÷ population, when the population is above zero.
    public var rate: Double?
    /// The value of the phase's rank key.
    public var rankValue: Double
    /// Value ÷ national total.
    public var share: Double
    /// Share of the regions up to and including this one.
    public var cumulativeShare: Double
    /// The phase that added it, from 1.
    public var phase: Int
    /// That phase's name.
    public var phaseName: String
    /// Why it is in the list.
    public var why: SelectionReason
}
