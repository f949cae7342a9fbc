import Foundation

/// A coverage target on one count column: the list must hold at least `share` of the column's
/// total (`jumlah_miskin_ribu>=0.75`).
public struct CoverTarget: Sendable, Hashable, CustomStringConvertible {
    /// The column: the value column, the population column (or `population`), or an extra column.
    public var column: String
    /// The share of the column's total, in (0, 1].
    public var share: Double

    public init(column: String, share: Double) { self.column = column; self.share = share }

    /// Parses `column>=share`; `share` may be written as a fraction (0.75) or a percentage (75%).
    public init(parsing text: String) throws {
        let parts = text.components(separatedBy: ">=")
        let column = parts.first?.trimmingCharacters(in: .whitespaces) ?? ""
        guard parts.count == 2, !column.isEmpty else {
            throw OptimisationError.invalidRequest("cover '\(text)': expected COLUMN>=SHARE, e.g. jumlah_miskin_ribu>=0.75")
        }
        var number = parts[1].trimmingCharacters(in: .whitespaces)
        let percent = number.hasSuffix("%")
        if percent { number.removeLast() }
        guard let raw = Double(number) else {
            throw OptimisationError.invalidRequest("cover '\(text)': '\(parts[1])' is not a share such as 0.75 or 75%")
        }
        let share = percent ? raw / 100 : raw
        guard share.isFinite, share > 0, share <= 1 else {
            throw OptimisationError.invalidRequest("cover '\(text)': the share must be above 0 and at most 1 (or 100%)")
        }
        self.init(column: column, share: share)
    }

    /// Parses a comma-separated list of covers.
    public static func list(parsing text: String) throws -> [CoverTarget] {
        try text.split(separator: ",").map { try CoverTarget(parsing: String($0)) }
    }

    public var description: String { "\(column)>=\(NumberText.text(share))" }
}

/// What a region costs: `unitCost ×` a column (the population, a cost column …).
public struct CostSpecification: Sendable, Hashable, CustomStringConvertible {
    public var column: String
    public var unitCost: Double

    public init(column: String, unitCost: Double = 1) { self.column = column; self.unitCost = unitCost }

    public var description: String { unitCost == 1 ? column : "\(NumberText.text(unitCost)) × \(column)" }
}

/// Selection as a mixed-integer programme (``Optimiser``): what to minimise or maximise, under
/// which targets and budget, and how long to search. The phases and constraints come from the
/// ``TargetingRequest`` beside it.
///
/// The goal follows from what is given: with a `budget`, maximise the covered value (or the
/// weighted sum of `weights`) within it; otherwise minimise the total cost (with a `cost`) or the
/// number of regions, subject to every cover target (the phase's coverage target on the value
/// column, plus `covers` on the last phase).
public struct OptimisationRequest: Sendable, Hashable {
    /// Cover targets added to the last phase.
    public var covers: [CoverTarget]
    /// What a region costs.
    public var cost: CostSpecification?
    /// The most the whole list may cost (in the cost's units).
    public var budget: Double?
    /// The most any one parent's regions may cost, as a share of the budget (0.25: no province
    /// takes more than a quarter of it).
    public var parentBudgetShare: Double?
    /// Weights of the columns whose covered sum is maximised under a budget; empty for the value
    /// column alone.
    public var weights: [String: Double]
    /// Seconds each solve may take.
    public var timeLimit: Double
    /// The relative gap between objective and bound at which a list counts as optimal.
    public var relativeGap: Double = 1e-9
    /// Further lists of equal or near-equal objective.
    public var alternatives: Int
    /// How far (a share of the objective, 0.01 for 1%) an alternative's objective may be from the best.
    public var within: Double
    /// The fewest regions each alternative drops from every earlier list.
    public var minDifference: Int

    public init(covers: [CoverTarget] = [], cost: CostSpecification? = nil, budget: Double? = nil,
                weights: [String: Double] = [:], timeLimit: Double = 60, alternatives: Int = 0,
                within: Double = 0.01, minDifference: Int = 1) {
        self.covers = covers; self.cost = cost; self.budget = budget; self.weights = weights
        self.timeLimit = timeLimit; self.alternatives = alternatives; self.within = within
        self.minDifference = minDifference
    }

    /// Checks the numbers that make no sense on their own.
    public func validate() throws {
        if let budget, !(budget.isFinite && budget >= 0) {
            throw OptimisationError.invalidRequest("budget \(NumberText.text(budget)) must be a number at least 0")
        }
        if budget != nil && cost == nil {
            throw OptimisationError.invalidRequest("a budget needs a cost: give --cost-column COLUMN (and --unit-cost)")
        }
        if let share = parentBudgetShare {
            guard budget != nil else { throw OptimisationError.invalidRequest("a parent budget share needs a budget") }
            guard share.isFinite, share > 0, share <= 1 else {
                throw OptimisationError.invalidRequest("parent budget share \(NumberText.text(share)) must be above 0 and at most 1")
            }
        }
        if let cost, !(cost.unitCost.isFinite && cost.unitCost > 0) {
            throw OptimisationError.invalidRequest("unit cost \(NumberText.text(cost.unitCost)) must be above 0")
        }
        guard timeLimit.isFinite, timeLimit > 0 else {
            throw OptimisationError.invalidRequest("time limit \(NumberText.text(timeLimit)) must be above 0 seconds")
        }
        guard relativeGap.isFinite, relativeGap >= 0, relativeGap < 1 else {
            throw OptimisationError.invalidRequest("gap \(NumberText.text(relativeGap)) must be a share in [0, 1), e.g. 1e-6")
        }
        guard alternatives >= 0 else { throw OptimisationError.invalidRequest("alternatives \(alternatives) must not be negative") }
        guard within.isFinite, within >= 0, within < 1 else {
            throw OptimisationError.invalidRequest("within \(NumberText.text(within)) must be a share in [0, 1), e.g. 0.01 for 1%")
        }
        guard minDifference >= 1 else { throw OptimisationError.invalidRequest("min difference \(minDifference) must be at least 1") }
        for (column, weight) in weights where !(weight.isFinite && weight >= 0) {
            throw OptimisationError.invalidRequest("weight of \(column) \(NumberText.text(weight)) must be at least 0")
        }
        let columns = covers.map(\.column)
        if Set(columns).count != columns.count {
            throw OptimisationError.invalidRequest("a cover column is named twice: \(columns.joined(separator: ", "))")
        }
    }

    /// Every column the request reads, to load with the indicator table.
    public var columns: [String] {
        var names = covers.map(\.column) + (cost.map { [$0.column] } ?? []) + weights.keys.sorted()
        var seen = Set<String>()
        names = names.filter { seen.insert($0).inserted }
        return names
    }
}

/// The goal an ``OptimisationRequest`` implies.
public enum OptimisationGoal: String, Sendable, Hashable, Encodable {
    /// Fewest regions meeting every cover target.
    case minimiseCount = "minimise regions"
    /// Least total cost meeting every cover target.
    case minimiseCost = "minimise cost"
    /// Most value covered within the budget (or the count of a `count` rule).
    case maximiseCovered = "maximise covered"
}

/// A request that cannot be optimised at all.
public enum OptimisationError: Error, CustomStringConvertible, Equatable, Sendable {
    case invalidRequest(String)
    /// A column the request names is not loaded; `available` are the ones that are.
    case unknownColumn(String, role: String, available: [String])
    /// Regions in scope lack a value in a column the request reads.
    case missingValues(column: String, role: String, codes: [String])
    /// A value that cannot be used (negative, not finite).
    case invalidValue(column: String, code: String, value: Double)

    public var description: String {
        switch self {
        case .invalidRequest(let text): return text
        case let .unknownColumn(column, role, available):
            return "\(role) column '\(column)' is not loaded; available: \(available.isEmpty ? "none" : available.joined(separator: ", "))"
        case let .missingValues(column, role, codes):
            return "\(role) column '\(column)' has no value for \(codes.count) region\(codes.count == 1 ? "" : "s"): \(offenderList(codes))"
        case let .invalidValue(column, code, value):
            return "column '\(column)' has \(NumberText.text(value)) for \(code): counts and costs must be finite and at least 0"
        }
    }
}
