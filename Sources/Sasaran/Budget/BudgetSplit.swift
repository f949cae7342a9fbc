/// A programme budget (whole currency units) split over selected districts in proportion to a
/// weight (their number of poor), with an optional floor and cap per district.
///
/// 1. **Proportional under bounds.** Each district gets aᵢ = clamp(λ wᵢ, floor, cap), with the
///    one λ ≥ 0 for which Σ aᵢ = budget (found exactly: Σ clamp(λ wᵢ, …) is piecewise linear
///    and non-decreasing in λ, so λ lies on the segment between two breakpoints floor ÷ wᵢ,
///    cap ÷ wᵢ where it crosses the budget). Districts at neither bound get the same amount per
///    unit of weight; a district of weight 0 gets the floor.
/// 2. **Largest remainder.** Each district gets ⌊aᵢ⌋; the units left over (fewer than the number
///    of districts) go one each to the largest fractional parts (ties: larger weight, then code
///    ascending), never above the cap. The amounts sum exactly to the budget.
///
/// A floor above the cap, floors that need more than the budget, or caps that cannot absorb it
/// are errors (``BudgetError``) saying by how much.
public struct BudgetSplit: Sendable, Hashable {
    public struct Share: Sendable, Hashable {
        public var code: String
        public var weight: Double
        /// The proportional amount under the bounds, before rounding.
        public var exact: Double
        /// The amount, in whole units.
        public var amount: Int
        public var atFloor: Bool
        public var atCap: Bool
    }

    public var budget: Int
    public var floor: Int
    public var cap: Int?
    /// Amount per unit of weight of the districts at neither bound (λ).
    public var perUnitWeight: Double
    /// In the order given.
    public var shares: [Share]

    /// The largest budget, floor or cap accepted: 10^15 currency units. Shares are computed in
    /// floating point, exact for whole numbers up to 2^53 ≈ 9.007 × 10^15, and the sum of a
    /// floor or cap over every district must not overflow an Int.
    public static let largestAmount = 1_000_000_000_000_000

    public init(budget: Int, weights: [(code: String, weight: Double)], floor: Int = 0, cap: Int? = nil) throws {
        guard budget >= 0 else { throw BudgetError.negative("budget", budget) }
        guard floor >= 0 else { throw BudgetError.negative("floor", floor) }
        for (what, amount) in [("budget", budget), ("floor", floor), ("cap", cap ?? 0)] where amount > Self.largestAmount {
            throw BudgetError.tooLarge(what, amount)
        }
        if let cap, cap < floor { throw BudgetError.floorAboveCap(floor: floor, cap: cap) }
        guard !weights.isEmpty else { throw BudgetError.noDistricts }
        if let bad = weights.first(where: { !($0.weight.isFinite && $0.weight >= 0) }) {
            throw BudgetError.invalidWeight(code: bad.code, weight: bad.weight)
        }
        let n = weights.count
        // Both sums are bounded by n × 10^15, which an Int holds for up to 9,223 districts; beyond
        // that an overflow means the sum is above any accepted budget.
        let (lowest, lowOverflow) = n.multipliedReportingOverflow(by: floor)
        guard !lowOverflow, budget >= lowest else { throw BudgetError.floorsExceedBudget(districts: n, floor: floor, budget: budget) }
        let highest = cap.flatMap { c -> Int? in
            var sum = 0
            for weight in weights {
                let (next, overflow) = sum.addingReportingOverflow(weight.weight > 0 ? c : floor)
                if overflow { return nil }
                sum = next
            }
            return sum
        }
        if let highest, budget > highest {
            throw BudgetError.capsBelowBudget(districts: n, cap: cap!, reachable: highest, budget: budget)
        }
        if budget > lowest && !weights.contains(where: { $0.weight > 0 }) { throw BudgetError.noWeight }
        let w = weights.map(\.weight)
        let lambda = Self.lambda(budget: Double(budget), weights: w, floor: Double(floor), cap: cap.map(Double.init))
        let exact = w.map { Self.clamp(lambda * $0, Double(floor), cap.map(Double.init)) }
        var amounts = exact.map { x -> Int in
            let down = Int(x.rounded(.down))
            return Swift.min(Swift.max(down, floor), cap ?? .max)
        }
        var left = budget - amounts.reduce(0, +)
        let order = weights.indices.filter { amounts[$0] < (cap ?? .max) }.sorted { a, b in
            let fa = exact[a] - Double(amounts[a]), fb = exact[b] - Double(amounts[b])
            if fa != fb { return fa > fb }
            if w[a] != w[b] { return w[a] > w[b] }
            return weights[a].code < weights[b].code
        }
        for k in order where left > 0 {
            amounts[k] += 1
            left -= 1
        }
        precondition(left == 0, "largest remainder left \(left) units undistributed")
        self.budget = budget
        self.floor = floor
        self.cap = cap
        perUnitWeight = lambda
        shares = weights.indices.map { k in
            Share(code: weights[k].code, weight: w[k], exact: exact[k], amount: amounts[k],
                  // The bound applied: the proportional amount lies beyond it (not: the rounded
                  // amount happens to equal it).
                  atFloor: lambda * w[k] < Double(floor), atCap: cap.map { lambda * w[k] > Double($0) } ?? false)
        }
    }

    private static func clamp(_ x: Double, _ low: Double, _ high: Double?) -> Double {
        Swift.min(Swift.max(x, low), high ?? .infinity)
    }

    /// The λ at which Σ clamp(λ wᵢ, floor, cap) = budget (feasibility checked by the caller).
    static func lambda(budget: Double, weights: [Double], floor: Double, cap: Double?) -> Double {
        func total(_ lambda: Double) -> Double {
            CompensatedSum.of(weights.map { clamp(lambda * $0, floor, cap) })
        }
        var breakpoints = [0.0]
        for w in weights where w > 0 {
            breakpoints.append(floor / w)
            if let cap { breakpoints.append(cap / w) }
        }
        breakpoints = Array(Set(breakpoints)).sorted()
        // The last breakpoint at which the total is still at most the budget.
        var low = 0, high = breakpoints.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if total(breakpoints[mid]) <= budget { low = mid } else { high = mid - 1 }
        }
        let start = breakpoints[low]
        let atStart = total(start)
        if atStart >= budget { return start }
        // Slope past `start`: the weights of districts strictly between their bounds there.
        let slope = CompensatedSum.of(weights.filter { w in
            w > 0 && start >= floor / w && cap.map { start < $0 / w } ?? true
        })
        return slope > 0 ? start + (budget - atStart) / slope : start
    }
}

/// A budget split that cannot be made.
public enum BudgetError: Error, CustomStringConvertible, Equatable, Sendable {
    case negative(String, Int)
    case tooLarge(String, Int)
    case floorAboveCap(floor: Int, cap: Int)
    case noDistricts
    case invalidWeight(code: String, weight: Double)
    case noWeight
    case floorsExceedBudget(districts: Int, floor: Int, budget: Int)
    case capsBelowBudget(districts: Int, cap: Int, reachable: Int, budget: Int)

    public var description: String {
        switch self {
        case let .negative(what, n): return "\(what) \(n) is negative"
        case let .tooLarge(what, n):
            return "\(what) \(n) is above the largest amount accepted, 10^15 (1,000,000,000,000,000) currency units; give it in thousands or millions"
        case let .floorAboveCap(floor, cap): return "floor \(floor) is above cap \(cap) per district"
        case .noDistricts: return "no districts to split the budget over"
        case let .invalidWeight(code, weight): return "district \(code) has weight \(weight); weights must be finite and at least 0"
        case .noWeight: return "every district has weight 0, so there is nothing to split in proportion to"
        case let .floorsExceedBudget(n, floor, budget):
            let needed = Double(n) * Double(floor)
            return "infeasible: a floor of \(floor) for each of \(n) districts needs \(NumberText.grouped(needed)), above the budget \(budget) by \(NumberText.grouped(needed - Double(budget))); lower the floor to at most \(budget / n) or raise the budget"
        case let .capsBelowBudget(n, cap, reachable, budget):
            return "infeasible: with a cap of \(cap), the \(n) districts can take at most \(reachable), below the budget \(budget) by \(budget - reachable); raise the cap or lower the budget"
        }
    }
}
