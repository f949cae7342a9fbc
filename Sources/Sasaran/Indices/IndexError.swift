/// An index, eligibility rule or class request that cannot be computed; each message names the
/// flag or key and what to change.
public enum IndexError: Error, CustomStringConvertible, Equatable, Sendable {
    /// An item of `--index` cannot be read.
    case invalidComponent(text: String, item: Int, message: String)
    /// `--deprivations` cannot be used as given.
    case invalidDeprivations(text: String, message: String)
    /// `--k` outside 1…d.
    case invalidK(k: Int, dimensions: Int)
    /// `--classes` / `--class-method` cannot be used.
    case invalidClasses(String)
    /// Options that do not go together.
    case conflict(String)
    /// A column named by the index or a rule is in no table; `available` lists what is.
    case unknownColumn(column: String, role: String, available: [String])
    /// A column listed by two tables.
    case columnInTwoTables(column: String, tables: [String])
    /// A column's name is one the index computes.
    case reservedColumn(String)
    /// Regions lack components (missing policy error): per component, the regions.
    case componentsMissing([(column: String, codes: [String])])
    /// The eligibility rule cannot be decided for these regions (a column it needs is missing).
    case eligibilityUndecided(rule: String, codes: [String])
    /// A component has the same value in every region of a level.
    case noSpread(column: String, regions: Int)
    /// Too few regions with every component.
    case tooFewRegions(Int)
    /// A locked-in region is not eligible.
    case lockInNotEligible(rule: String, codes: [String])
    /// A `--table` argument cannot be read.
    case invalidTable(text: String, message: String)

    public var description: String {
        switch self {
        case let .invalidComponent(text, item, message):
            return "--index '\(text)': item \(item): \(message)"
        case let .invalidDeprivations(text, message):
            return "--deprivations '\(text)': \(message)"
        case let .invalidK(k, d):
            return "--k \(k) is invalid: give a number of deprivations from 1 to \(d)"
        case .invalidClasses(let message), .conflict(let message):
            return message
        case let .unknownColumn(column, role, available):
            return "\(role) column '\(column)' is in no table; available: \(available.joined(separator: ", "))"
        case let .columnInTwoTables(column, tables):
            return "column '\(column)' is listed by several tables (\(tables.joined(separator: ", "))); list it in one"
        case .reservedColumn(let name):
            return "column '\(name)' has the name of a column the index computes (index, index_class, deprivations, or another component's _score or _deprived column); rename it"
        case .componentsMissing(let missing):
            return missing.map { "\($0.codes.count) region(s) have no value for component \($0.column): \(offenderList($0.codes))" }
                .joined(separator: "; ") + " (use --missing skip to leave them out of the index and the list, reported)"
        case let .eligibilityUndecided(rule, codes):
            return "eligibility rule '\(rule)' cannot be decided for \(codes.count) region(s) missing a column it reads: \(offenderList(codes)) (use --missing skip to count them as not eligible, reported)"
        case let .noSpread(column, regions):
            return "component \(column) cannot be normalised: it has the same value in all \(regions) region(s) of a level"
        case .tooFewRegions(let n):
            return "only \(n) region(s) have every component: an index needs at least 2"
        case let .lockInNotEligible(rule, codes):
            return "locked-in regions are not eligible under '\(rule)': \(offenderList(codes))"
        case let .invalidTable(text, message):
            return "--table '\(text)': \(message)"
        }
    }

    public static func == (a: IndexError, b: IndexError) -> Bool { a.description == b.description }
}
