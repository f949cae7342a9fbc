import Testing
@testable import Sasaran

@Suite("Nested phases")
struct PhaseTests {
    private func run(_ phases: [Phase]) throws -> Selection {
        try Targeting.select(Fixture.regions, request: TargetingRequest(phases: phases))
    }

    @Test("phase 2 starts from phase 1 and reports what it adds")
    func nested() throws {
        let s = try run([
            Phase(name: "design", rule: .constraintsOnly, constraints: Constraints(focusParents: ["A", "B"], maxPerParent: 1)),
            Phase(name: "national", rule: .coverage(0.9)),
        ])
        #expect(s.codes == ["A1", "B1", "A2", "B2"])
        #expect(s.entries.map(\.phase) == [1, 1, 2, 2])
        #expect(s.entries.map(\.phaseName) == ["design", "design", "national", "national"])
        #expect(s.phases.map(\.regionsAdded) == [2, 2])
        #expect(s.phases.map(\.valueAdded) == [70, 20])
        #expect(s.phases.map(\.regionsTotal) == [2, 4])
        #expect(s.phases[0].shareAdded == 0.7)
        #expect(abs(s.phases[1].shareAdded - 0.2) < 1e-15)
        #expect(s.phases.map(\.marginal) == [nil, "B2"])
        #expect(s.marginal == "B2")
        #expect(s.coverage == 0.9)
    }

    @Test("a later phase whose target is already met adds nothing")
    func alreadyMet() throws {
        let s = try run([Phase(rule: .coverage(0.8)), Phase(rule: .coverage(0.5))])
        #expect(s.codes == ["A1", "B1", "A2"])
        #expect(s.phases.map(\.regionsAdded) == [3, 0])
        #expect(s.phases[1].marginal == nil)
        #expect(s.phases[1].name == "phase 2")
    }

    @Test("phase constraints count earlier phases: max per parent and count")
    func constraintsSpanPhases() throws {
        let s = try run([
            Phase(rule: .count(2)),
            Phase(rule: .count(4), constraints: Constraints(maxPerParent: 1)),
        ])
        #expect(s.codes == ["A1", "B1", "C1"])
        #expect(s.unmet.map(\.kind) == [.count])
        #expect(s.unmet.first?.phase == 2)
    }

    @Test("a phase may use its own rank key")
    func ownKey() throws {
        let s = try run([Phase(rule: .count(1)), Phase(rule: .count(2), rankKey: .rate)])
        #expect(s.codes == ["A1", "C1"])
        #expect(s.entries.map(\.rankValue) == [40, 1.0])
    }

    @Test("a request without phases is an error")
    func noPhases() {
        #expect(thrown(TargetingError.self) { _ = try run([]) } == .noPhases)
    }
}
