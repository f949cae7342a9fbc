/// Where programmes land against a priority list: one ``ConvergenceView`` per phase (the list at
/// the end of each phase), made by ``Convergence/analyse(_:regions:programmes:options:valueColumn:)``.
public struct ConvergenceReport: Sendable, Hashable {
    /// The programme table's file.
    public var programmesFile: String
    /// The unit of the amounts.
    public var unit: String
    /// The indicator's value column (the unit "per poor person" refers to).
    public var valueColumn: String
    /// The programmes, in table order.
    public var programmes: [String]
    /// The core programmes.
    public var core: [String]
    /// The minimum number of programmes below which a priority district is a gap.
    public var minProgrammes: Int
    /// The national total of the value.
    public var total: Double
    /// The rank key of the list.
    public var rankKey: RankKey
    /// One view per phase; the last is the whole list.
    public var phases: [ConvergenceView]
    /// Amounts in districts that have no value (not ranked, outside the list), summed over
    /// programmes; they count as outside the list.
    public var amountWithoutValue: Double

    /// The view of the whole list (the last phase).
    public var final: ConvergenceView { phases[phases.count - 1] }

    /// "unit per value column", the unit of every amount per poor person.
    public var perPoorUnit: String {
        (unit.isEmpty ? "amount" : unit) + " per " + valueColumn
    }
}
