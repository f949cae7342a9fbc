/// A part of the request the best achievable list could not satisfy, with the numbers.
public struct UnmetConstraint: Sendable, Hashable, Encodable, CustomStringConvertible {
    /// What could not be met.
    public enum Kind: String, Sendable, Hashable, Encodable {
        /// The coverage target.
        case target
        /// The count of the `count` rule.
        case count
        /// A parent's minimum.
        case minPerParent
        /// A parent's maximum (exceeded by lock-ins or earlier phases).
        case maxPerParent
        /// A minimum at a level of the hierarchy (``LevelQuota``).
        case minPerLevel
        /// A maximum at a level of the hierarchy, exceeded by lock-ins or earlier phases.
        case maxPerLevel
        /// The maximum number of regions (exceeded by lock-ins or earlier phases).
        case maxRegions
        /// The budget (exceeded by a list with constraints relaxed).
        case budget
        /// A cover target on a count column (``CoverTarget``).
        case cover
        /// A lock-in, lock-out, focus or filter the exact optimiser had to relax.
        case scope
    }

    /// What could not be met.
    public var kind: Kind
    /// The phase, from 1.
    public var phase: Int
    /// The parent concerned, for per-parent kinds.
    public var parent: String?
    /// What was asked (a share for `target`, a number of regions otherwise).
    public var required: Double
    /// What the list achieves.
    public var achieved: Double
    /// A sentence with the numbers, e.g. "target 0.75 not reached: coverage 0.6123 with 35
    /// regions (max 5 per parent); short by 0.1377".
    public var message: String

    public var description: String { message }

    /// The statement prefixed with the run it belongs to ("tahun=2021: target 75% not met …").
    public func named(_ run: String) -> UnmetConstraint {
        var named = self
        named.message = "\(run): \(message)"
        return named
    }

    private enum CodingKeys: String, CodingKey { case kind, phase, parent, required, achieved, message }
}
