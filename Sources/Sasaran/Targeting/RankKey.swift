import Foundation

/// What regions are ordered by, descending (ties by code ascending).
public enum RankKey: Sendable, Hashable, CustomStringConvertible {
    /// The value itself (for example the number of poor). The default: it gives the fewest
    /// regions for a coverage target.
    case count
    /// Value ÷ population; every ranked region needs a population above zero.
    case rate
    /// Any extra numeric column of the indicator table (a score, a cost, …).
    case column(String)

    /// Parses `count`, `rate`, or else takes the text as a column name.
    public init(parsing text: String) {
        switch text.trimmingCharacters(in: .whitespaces) {
        case "count": self = .count
        case "rate": self = .rate
        case let name: self = .column(name)
        }
    }

    public var description: String {
        switch self {
        case .count: return "count"
        case .rate: return "rate"
        case .column(let name): return name
        }
    }
}
