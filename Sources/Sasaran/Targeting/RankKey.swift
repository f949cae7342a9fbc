import Foundation

/// What regions are ordered by, descending (ties by code ascending). Each key's value is defined
/// once, in ``value(of:)``.
public enum RankKey: Sendable, Hashable, CustomStringConvertible {
    /// The value itself (for example the number of poor). The default: it gives the fewest
    /// regions for a coverage target.
    case count
    /// Value ÷ population (``JoinedRegion/rate``); every ranked region needs a population above zero.
    case rate
    /// Any extra numeric column of the indicator table (a score, a cost, a composite index …).
    case column(String)

    /// Parses `count`, `rate`, or else takes the text as a column name.
    public init(parsing text: String) {
        switch text.trimmingCharacters(in: .whitespaces) {
        case "count": self = .count
        case "rate": self = .rate
        case let name: self = .column(name)
        }
    }

    /// The key's value for `region`: its value, its rate, or its column; `nil` when the region has
    /// no value or lacks what the key needs.
    @inlinable
    public func value(of region: JoinedRegion) -> Double? {
        guard region.value != nil else { return nil }
        switch self {
        case .count: return region.value
        case .rate: return region.rate
        case .column(let name): return region.extras[name]
        }
    }

    /// The rate of a count: value ÷ population, when the population is above zero. The one
    /// definition of a rate.
    @inline(__always)
    public static func rate(value: Double, population: Double) -> Double? {
        population > 0 ? value / population : nil
    }

    public var description: String {
        switch self {
        case .count: return "count"
        case .rate: return "rate"
        case .column(let name): return name
        }
    }
}
