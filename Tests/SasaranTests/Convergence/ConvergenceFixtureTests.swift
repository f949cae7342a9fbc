import Foundation
import Testing
@testable import Sasaran

/// The fixture (A1 40, B1 30, A2 10, B2 10, A3 5, C1 5; total 100): the 75% list is A1, B1, A2
/// (80%). Programme P gives 4 per poor in A1 and B1 only; Q gives 10 in every region; R gives
/// 50 in C1 only.
@Suite("Convergence: hand-computed on the fixture")
struct ConvergenceFixtureTests {
    static func report(_ options: ConvergenceOptions = ConvergenceOptions()) throws -> ConvergenceReport {
        var allocations = [ProgrammeAllocation(programme: "P", code: "A1", amount: 160), ProgrammeAllocation(programme: "P", code: "B1", amount: 120)]
        allocations += Fixture.rows.map { ProgrammeAllocation(programme: "Q", code: $0.code, amount: 10) }
        allocations.append(ProgrammeAllocation(programme: "R", code: "C1", amount: 50))
        let table = ProgrammeTable(file: "p.csv", unit: "IDR", allocations: allocations)
        return try Convergence.analyse(try Fixture.select(), regions: Fixture.regions, programmes: table, options: options,
                                       valueColumn: "poor")
    }

    @Test("districts, programmes, shares, leakage and the score")
    func figures() throws {
        let view = try Self.report().final
        #expect(view.districts.map(\.code) == ["A1", "B1", "A2"])
        #expect(view.districts.map(\.programmesPresent) == [["P", "Q"], ["P", "Q"], ["Q"]])
        let perPoor: [Double?] = [170.0 / 40, 130.0 / 30, 1]
        #expect(view.districts.map(\.amountPerPoor) == perPoor)
        let p = view.programmes
        let totals: [Double] = [280, 60, 50], amountsIn: [Double] = [280, 30, 0]
        #expect(p.map(\.totalAmount) == totals)
        #expect(p.map(\.amountInside) == amountsIn)
        let inside: [Double?] = [1, 0.5, 0], leakage: [Double?] = [0, 0.5, 1]
        #expect(p.map(\.shareInside) == inside)
        #expect(p.map(\.leakage) == leakage)
        #expect(p.allSatisfy { $0.listShareOfPoor == 0.8 })
        #expect(p.map(\.districtsReached) == [2, 3, 0])
        #expect(p.map(\.districtsReachedOutside) == [0, 3, 1])
        // Concentration index: order A1 B1 A2 B2 A3 C1, poor shares .4 .3 .1 .1 .05 .05.
        // P: L = 160/280, 1, 1, 1, 1, 1.
        let lP = [160.0 / 280, 1, 1, 1, 1, 1]
        let pw = [0.4, 0.3, 0.1, 0.1, 0.05, 0.05]
        var twice = 0.0, previous = 0.0
        for k in 0..<6 { twice += pw[k] * (lP[k] + previous); previous = lP[k] }
        #expect(abs(p[0].concentrationIndex! - (twice - 1)) < 1e-12)
        // R: everything at the bottom: L = 0 until C1 → C = 0.05 × 1 − 1 = −0.95.
        #expect(abs(p[2].concentrationIndex! - (-0.95)) < 1e-12)
        let s = view.score
        #expect(s.totalAmount == 390 && s.amountInside == 310)
        let share: Double = 310.0 / 390
        #expect(s.amountShareInside == share)
        #expect(s.reachedByAllCore == 0 && s.coreReachShare == 0)
        #expect(s.gaps == 0 && s.unreached == 0)
        #expect(view.parents.map(\.parent) == ["A", "B", "C"])
        let parentInside: [Double] = [180, 130, 0], parentTotal: [Double] = [190, 140, 60]
        #expect(view.parents.map(\.amountInside) == parentInside)
        #expect(view.parents.map(\.totalAmount) == parentTotal)
    }

    @Test("gaps below the minimum and reach by the core programmes")
    func gapsAndCore() throws {
        let view = try Self.report(ConvergenceOptions(minProgrammes: 2, core: ["P"])).final
        #expect(view.gaps == ["A2"])
        #expect(view.unreached.isEmpty)
        #expect(view.score.reachedByAllCore == 2)
        let reach: Double = 2.0 / 3
        #expect(view.score.coreReachShare == reach)
        #expect(view.programmes.map(\.isCore) == [true, false, false])
    }

    @Test("the concentration index is 0 for amounts in proportion to the poor")
    func proportional() {
        let c = ConcentrationIndex.of(amounts: [40, 30, 10, 10, 5, 5].map { $0 * 7.0 }, poor: [40, 30, 10, 10, 5, 5])
        #expect(abs(c! ) < 1e-12)
        #expect(ConcentrationIndex.of(amounts: [0, 0], poor: [1, 1]) == nil)
    }
}
