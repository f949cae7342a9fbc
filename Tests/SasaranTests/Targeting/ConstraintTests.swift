import Testing
@testable import Sasaran

@Suite("Constraints")
struct ConstraintTests {
    @Test("max per parent skips full parents; still the fewest regions")
    func maxPerParent() throws {
        let s = try Fixture.select(.coverage(0.75), Constraints(maxPerParent: 1))
        #expect(s.codes == ["A1", "B1", "C1"])
        #expect(s.marginal == "C1")
        #expect(s.unmet.isEmpty)
    }

    @Test("an unreachable target gives the best list and says by how much")
    func unreachable() throws {
        let s = try Fixture.select(.coverage(0.9), Constraints(maxPerParent: 1))
        #expect(s.codes == ["A1", "B1", "C1"])
        #expect(s.marginal == nil)
        #expect(s.unmet.count == 1)
        let u = try #require(s.unmet.first)
        #expect(u.kind == .target)
        #expect(u.required == 0.9)
        #expect(u.achieved == 0.75)
        #expect(u.message == "target 90% not met: 75% with 3 regions; limited by max 1 per parent; short by 15%")
    }

    @Test("focus parents: only their regions")
    func focus() throws {
        let s = try Fixture.select(.constraintsOnly, Constraints(focusParents: ["A"]))
        #expect(s.codes == ["A1", "A2", "A3"])
        #expect(s.parentsTouched == ["A"])
        #expect(thrown(TargetingError.self) { _ = try Fixture.select(.constraintsOnly, Constraints(focusParents: ["Z"])) }
                == .unknownParents(["Z"], available: ["A", "B", "C"]))
    }

    @Test("min per parent picks each parent's best first, counted toward coverage")
    func minPerParent() throws {
        let s = try Fixture.select(.coverage(0.5), Constraints(minPerParent: 1))
        #expect(s.codes == ["A1", "B1", "C1"])
        #expect(s.entries.allSatisfy { $0.why == .parentMinimum })
        #expect(s.marginal == "B1")
        let two = try Fixture.select(.coverage(0.9), Constraints(minPerParent: 1))
        #expect(two.codes == ["A1", "B1", "C1", "A2", "B2"])
        #expect(two.entries.map(\.why) == [.parentMinimum, .parentMinimum, .parentMinimum, .ranked, .ranked])
        #expect(two.marginal == "B2")
    }

    @Test("an unmeetable minimum is stated with the numbers")
    func minUnmet() throws {
        let s = try Fixture.select(.constraintsOnly, Constraints(focusParents: ["C"], minPerParent: 2))
        #expect(s.codes == ["C1"])
        #expect(s.unmet.map(\.message) == [
            "parent C: min 2 per parent not met: 1 selected, only 1 admissible region; limited by focus on 1 parent, min 2 per parent; short by 1",
        ])
        #expect(s.unmet.first?.kind == .minPerParent)
        #expect(s.unmet.first?.parent == "C")
    }

    @Test("min above max is an invalid request")
    func minAboveMax() {
        #expect(thrown(TargetingError.self) { _ = try Fixture.select(.coverage(0.5), Constraints(maxPerParent: 1, minPerParent: 2)) }
                == .invalidConstraint("min per parent 2 is above max per parent 1"))
    }

    @Test("lock-in comes first and counts toward coverage")
    func lockIn() throws {
        let s = try Fixture.select(.coverage(0.75), Constraints(lockIn: ["C1"]))
        #expect(s.codes == ["C1", "A1", "B1"])
        #expect(s.entries.map(\.why) == [.locked, .ranked, .ranked])
        #expect(s.entries.map(\.cumulativeShare) == [0.05, 0.45, 0.75])
        #expect(s.marginal == "B1")
    }

    @Test("lock-ins beyond a parent maximum are kept and stated")
    func lockInAboveMax() throws {
        let s = try Fixture.select(.coverage(0.5), Constraints(maxPerParent: 1, lockIn: ["A1", "A2"]))
        #expect(s.codes == ["A1", "A2"])
        #expect(s.unmet.map(\.kind) == [.maxPerParent])
        #expect(s.unmet.first?.message.hasPrefix("parent A: 2 regions locked in or carried from earlier phases, above max 1 per parent") == true)
    }

    @Test("lock-out codes are never ranked in")
    func lockOut() throws {
        let s = try Fixture.select(.coverage(0.5), Constraints(lockOut: ["A1"]))
        #expect(s.codes == ["B1", "A2", "B2"])
        #expect(s.marginal == "B2")
    }

    @Test("unknown, conflicting or valueless lock codes are errors")
    func lockErrors() {
        #expect(thrown(TargetingError.self) { _ = try Fixture.select(.coverage(0.5), Constraints(lockIn: ["Q9"])) }
                == .unknownCodes(role: "lock-in", ["Q9"]))
        #expect(thrown(TargetingError.self) { _ = try Fixture.select(.coverage(0.5), Constraints(lockOut: ["Q8"])) }
                == .unknownCodes(role: "lock-out", ["Q8"]))
        #expect(thrown(TargetingError.self) { _ = try Fixture.select(.coverage(0.5), Constraints(lockIn: ["A1"], lockOut: ["A1"])) }
                == .lockConflict(["A1"]))
        var regions = Fixture.regions
        regions[2].value = nil
        #expect(thrown(TargetingError.self) {
            _ = try Targeting.select(regions, request: TargetingRequest(constraints: Constraints(lockIn: ["A3"])))
        } == .lockInWithoutValue(["A3"]))
    }

    @Test("max regions caps the list and is named when the target is missed")
    func maxRegions() throws {
        let s = try Fixture.select(.coverage(0.9), Constraints(maxRegions: 2))
        #expect(s.codes == ["A1", "B1"])
        #expect(s.unmet.map(\.message) == ["target 90% not met: 70% with 2 regions; limited by max 2 regions; short by 20%"])
    }

    @Test("attribute filter: kabupaten only (kota excluded)")
    func attributes() throws {
        let s = try Fixture.select(.coverage(0.75), Constraints(attributeFilters: [AttributeFilter(key: "tipe", values: ["Kabupaten"])]))
        #expect(s.codes == ["A1", "B1", "A3"])
        let excluded = try Fixture.select(.coverage(0.75), Constraints(attributeFilters: [AttributeFilter(parsing: "tipe!=Kota")!]))
        #expect(excluded.codes == s.codes)
    }

    @Test("count rule not reachable under constraints is stated")
    func countUnmet() throws {
        let s = try Fixture.select(.count(5), Constraints(maxPerParent: 1))
        #expect(s.codes == ["A1", "B1", "C1"])
        #expect(s.unmet.map(\.message) == ["count 5 not met: 3 regions admissible; limited by max 1 per parent; short by 2"])
    }

    @Test("per-parent summary: regions, value covered, share of the parent's own total")
    func parentSummary() throws {
        let s = try Fixture.select(.coverage(0.75))
        #expect(s.parents.map(\.parent) == ["A", "B", "C"])
        #expect(s.parents.map(\.regionsSelected) == [2, 1, 0])
        #expect(s.parents.map(\.valueCovered) == [50, 30, 0])
        #expect(s.parents.map(\.parentTotal) == [55, 40, 5])
        #expect(s.parents.map(\.shareOfParent) == [50.0 / 55, 0.75, 0])
        #expect(s.parents.map(\.shareOfNational) == [0.5, 0.3, 0])
        #expect(s.parentsTouched == ["A", "B"])
    }
}
