import Testing
@testable import Sasaran

@Suite("Budget split")
struct ResearchBudgetTests {
    @Test("hand-computed: 1000 over weights 50/30/15/5 with floor 100 and cap 400")
    func handComputed() throws {
        // Proportional: 500/300/150/50. 50 < floor → 100; the rest, 900, over 95 gives 473.7 > cap → 400;
        // the rest, 500, over 45: 333.33 and 166.67 (λ = 500/45). Floors 400+333+166+100 = 999;
        // the one unit left goes to the largest fraction, 0.67 (district c).
        let split = try BudgetSplit(budget: 1000, weights: [("a", 50), ("b", 30), ("c", 15), ("d", 5)], floor: 100, cap: 400)
        #expect(split.shares.map(\.amount) == [400, 333, 167, 100])
        #expect(abs(split.perUnitWeight - 500.0 / 45) < 1e-12)
        let atCap: [Bool] = split.shares.map(\.atCap), atFloor: [Bool] = split.shares.map(\.atFloor)
        #expect(atCap == [true, false, false, false])
        #expect(atFloor == [false, false, false, true])
        #expect(abs(split.shares[1].exact - 1000.0 / 3) < 1e-9)
    }

    @Test("without bounds: largest remainder, ties to the larger weight then the code")
    func remainders() throws {
        let split = try BudgetSplit(budget: 10, weights: [("x", 1), ("y", 1), ("z", 1)])
        #expect(split.shares.map(\.amount) == [4, 3, 3])
        let weighted = try BudgetSplit(budget: 7, weights: [("a", 1), ("b", 2)])
        #expect(weighted.shares.map(\.amount) == [2, 5])
    }

    @Test("sums are exact and bounds honoured over many random cases")
    func random() throws {
        var generator = Xoshiro256StarStar(seed: 2024)
        for _ in 0..<500 {
            let n = Int(generator.next() % 40) + 1
            let weights = (0..<n).map { (code: "d\($0)", weight: Double(generator.next() % 1000) / 7) }
            let floor = Int(generator.next() % 50)
            let cap = floor + Int(generator.next() % 500) + 1
            let reachable = weights.reduce(0) { $0 + ($1.weight > 0 ? cap : floor) }
            guard reachable > n * floor else { continue }
            let budget = n * floor + Int(generator.next() % UInt64(reachable - n * floor + 1))
            let split = try BudgetSplit(budget: budget, weights: weights, floor: floor, cap: cap)
            let sum = split.shares.reduce(0) { $0 + $1.amount }
            #expect(sum == budget)
            for share in split.shares {
                #expect(share.amount >= floor)
                #expect(share.amount <= cap)
                #expect(abs(Double(share.amount) - share.exact) < 1)
            }
        }
    }

    @Test("infeasible floors and caps are errors that say by how much")
    func infeasible() {
        let weights: [(code: String, weight: Double)] = [("a", 2), ("b", 1)]
        let floors = thrown(BudgetError.self) { _ = try BudgetSplit(budget: 100, weights: weights, floor: 60) }
        #expect(floors == .floorsExceedBudget(districts: 2, floor: 60, budget: 100))
        let caps = thrown(BudgetError.self) { _ = try BudgetSplit(budget: 100, weights: weights, cap: 40) }
        #expect(caps == .capsBelowBudget(districts: 2, cap: 40, reachable: 80, budget: 100))
        let crossed = thrown(BudgetError.self) { _ = try BudgetSplit(budget: 100, weights: weights, floor: 50, cap: 40) }
        #expect(crossed == .floorAboveCap(floor: 50, cap: 40))
        #expect(BudgetError.floorsExceedBudget(districts: 2, floor: 60, budget: 100).description.contains("above the budget 100 by 20"))
    }
}
