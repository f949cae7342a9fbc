import Testing
@testable import Sasaran

/// Each province's own quota (`max-per-parent: {A: 1}`), worked by hand on the fixture
/// (total 100; by count A1 40, B1 30, A2 10, B2 10, A3 5, C1 5).
@Suite("Per-parent quotas")
struct ParentQuotaTests {
    @Test("a maximum of one parent's own leaves the others free")
    func ownMaximum() throws {
        let s = try Fixture.select(.coverage(0.75), Constraints(maxByParent: ["A": 1]))
        // A1 40, B1 70, A2 skipped (A is full), B2 80.
        #expect(s.codes == ["A1", "B1", "B2"])
        #expect(s.unmet.isEmpty)
        let uniform = try Fixture.select(.coverage(0.75), Constraints(maxPerParent: 1))
        #expect(uniform.codes == ["A1", "B1", "C1"])
    }

    @Test("a parent's own maximum replaces the one for every parent")
    func ownAndOther() throws {
        let s = try Fixture.select(.coverage(0.85), Constraints(maxPerParent: 2, maxByParent: ["B": 1]))
        // A1 40, B1 70, A2 80, B2 skipped (B at 1), A3 skipped (A at 2), C1 85.
        #expect(s.codes == ["A1", "B1", "A2", "C1"])
        #expect(abs(s.coverage - 0.85) < 1e-12)
    }

    @Test("a parent's own minimum is picked first, even for one parent only")
    func ownMinimum() throws {
        let s = try Fixture.select(.coverage(0.5), Constraints(minByParent: ["C": 1]))
        #expect(Set(s.codes) == ["A1", "B1", "C1"])
        #expect(s.entries.first { $0.code == "C1" }?.why == .parentMinimum)
        #expect(abs(s.coverage - 0.75) < 1e-12)
    }

    @Test("an unknown parent, or a minimum above its maximum, is refused")
    func refused() throws {
        #expect(thrown(TargetingError.self) { _ = try Fixture.select(.coverage(0.5), Constraints(maxByParent: ["Z": 1])) }
                == .unknownParents(["Z"], available: ["A", "B", "C"]))
        #expect(thrown(TargetingError.self) { _ = try Fixture.select(.coverage(0.5), Constraints(maxPerParent: 2, minByParent: ["A": 3])) }
                == .invalidConstraint("min per parent 3 is above max per parent 2 in A"))
        #expect(thrown(TargetingError.self) { _ = try Fixture.select(.coverage(0.5), Constraints(maxByParent: ["A": 0])) }
                == .invalidConstraint("max per parent 0 in A must be at least 1"))
    }

    @Test("the manifest's constraint text names each parent's quota")
    func summary() {
        #expect(Constraints(maxPerParent: 5, maxByParent: ["B": 1, "A": 2], minByParent: ["C": 1]).summary
                == "max 5 per parent, max 2 in A, 1 in B, min 1 in C")
    }
}
