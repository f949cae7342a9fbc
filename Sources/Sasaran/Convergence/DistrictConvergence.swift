/// One priority district in a convergence report: what reaches it.
///
/// A programme *reaches* a district when its amount there is above zero.
public struct DistrictConvergence: Sendable, Hashable {
    /// Position in the priority list, from 1.
    public var rank: Int
    public var code: String
    public var name: String
    /// The parent (province) code.
    public var parent: String
    /// The district's value (number of poor), in the indicator's unit.
    public var value: Double
    /// Value ÷ national total.
    public var share: Double
    /// The phase that added it to the list.
    public var phase: Int
    /// The amount of each programme, in the report's programme order (0 where none).
    public var amounts: [Double]
    /// The programmes reaching it, in the report's programme order.
    public var programmesPresent: [String]
    /// Sum of the amounts of all programmes.
    public var totalAmount: Double
    /// ``totalAmount`` ÷ ``value``: amount per poor person, in "unit per unit of the value"
    /// (for example IDR million per thousand poor); `nil` when the value is 0.
    public var amountPerPoor: Double?
    /// Every core programme reaches it.
    public var reachedByAllCore: Bool
    /// Fewer programmes than the minimum reach it (``ConvergenceOptions/minProgrammes``).
    public var isGap: Bool

    /// How many programmes reach it.
    public var programmeCount: Int { programmesPresent.count }
}
