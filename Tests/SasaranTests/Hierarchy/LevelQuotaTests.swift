import Testing
@testable import Sasaran

/// Village-level lists under per-level quotas, worked by hand on eight villages in two
/// provinces, three kabupaten and five kecamatan (codes PPKKCCVV).
@Suite("Level quotas")
struct LevelQuotaTests {
    /// value by village; the ranking by count is 11010101 (50), 11010102 (40), 11010201 (30),
    /// 11020101 (20), 12010101 (15), 12010102 (10), 11020102 (8), 12010201 (2).
    static let values: [(String, Double)] = [
        ("11010101", 50), ("11010102", 40), ("11010201", 30), ("11020101", 20),
        ("11020102", 8), ("12010101", 15), ("12010102", 10), ("12010201", 2),
    ]
    static let hierarchy = try! RegionHierarchy(parsing: "province=2,kabupaten=4,kecamatan=6")

    static func select(_ rule: StopRule, _ quotas: [LevelQuota], focus: [String]? = nil) throws -> Selection {
        let keys = try hierarchy.apply(to: values.map { RegionKey(code: $0.0, name: $0.0, parent: String($0.0.prefix(2))) })
        var request = TargetingRequest(rule: rule, constraints: Constraints(focusParents: focus))
        request.phases[0].constraints.levelQuotas = quotas
        try LevelQuota.resolve(&request, in: hierarchy, regions: keys)
        let regions = zip(keys, values).map { JoinedRegion(key: $0, value: $1.1) }
        return try Targeting.select(regions, request: request)
    }

    static func quota(_ text: String, _ bound: LevelQuota.Bound) throws -> LevelQuota {
        try LevelQuota(parsing: text, bound: bound, flag: bound == .atMost ? "--max-per" : "--min-per")
    }

    @Test("the hierarchy reads nested codes, plain and dotted, and shows the chain")
    func apply() throws {
        let keys = try Self.hierarchy.apply(to: [RegionKey(code: "11010201", name: "", parent: "11")])
        #expect(keys[0].units == ["11", "1101", "110102"])
        #expect(Self.hierarchy.chain(of: keys[0]) == "11010201 → kecamatan 110102 → kabupaten 1101 → province 11")
        let dotted = try RegionHierarchy(parsing: "province=1,kabupaten=2,kecamatan=3")
        #expect(try dotted.apply(to: [RegionKey(code: "32.01.05.2003", name: "", parent: "")])[0].units == ["32", "32.01", "32.01.05"])
    }

    @Test("a code too short, a missing field, levels that do not nest and bad text are errors that say so")
    func errors() throws {
        #expect(thrown(HierarchyError.self) { _ = try Self.hierarchy.apply(to: [RegionKey(code: "110102", name: "", parent: "")]) }?
            .description == "level kecamatan: 1 region(s) have a code shorter than the 6 characters of the prefix, or the region itself: 110102")
        let byField = try RegionHierarchy(parsing: "province=2,kabupaten=kab")
        let split = [RegionKey(code: "1101", name: "", parent: "", attributes: ["kab": "K1"]),
                     RegionKey(code: "1201", name: "", parent: "", attributes: ["kab": "K1"])]
        #expect(thrown(HierarchyError.self) { _ = try byField.apply(to: split) }?.description
            == "levels do not nest: 1 kabupaten unit(s) lie in two province units: K1 (in 11 and 12)")
        #expect(thrown(HierarchyError.self) { _ = try byField.apply(to: [RegionKey(code: "1101", name: "", parent: "")]) }?.description
            == "level kabupaten: 1 region(s) have no field kab in the layer: 1101")
        #expect(thrown(HierarchyError.self) { _ = try RegionHierarchy(parsing: "kabupaten=4,province=2") } != nil)
        #expect(thrown(HierarchyError.self) { _ = try RegionHierarchy(parsing: "province") } != nil)
        #expect(thrown(HierarchyError.self) { _ = try Self.quota("kabupaten", .atMost) } != nil)
        #expect(thrown(HierarchyError.self) { _ = try Self.quota("kabupaten:0", .atMost) } != nil)
        #expect(thrown(HierarchyError.self) { _ = try Self.select(.count(3), [Self.quota("desa:1", .atMost)]) }?.description
            == "--max-per desa:1: desa is neither a level (province, kabupaten, kecamatan) nor a unit of one")
    }

    @Test("at most one village per kabupaten: each kabupaten's best, in rank order")
    func maxPerLevel() throws {
        let s = try Self.select(.count(3), [Self.quota("kabupaten:1", .atMost)])
        #expect(s.entries.map(\.code) == ["11010101", "11020101", "12010101"])
        #expect(s.unmet.isEmpty)
    }

    @Test("a quota on one unit leaves the others free")
    func maxInOneUnit() throws {
        let s = try Self.select(.count(4), [Self.quota("1101:2", .atMost)])
        #expect(s.entries.map(\.code) == ["11010101", "11010102", "11020101", "12010101"])
    }

    @Test("at least one village per kecamatan, best first, then the rank order; held back by a maximum it says so")
    func minPerLevel() throws {
        let s = try Self.select(.count(5), [Self.quota("kecamatan:1", .atLeast)])
        #expect(s.entries.map(\.code) == ["11010101", "11010201", "11020101", "12010101", "12010201"])
        #expect(s.entries.map(\.why) == Array(repeating: .parentMinimum, count: 5))
        let held = try Self.select(.count(3), [Self.quota("kecamatan:1", .atLeast), Self.quota("province:1", .atMost)])
        #expect(held.entries.map(\.code) == ["11010101", "12010101"])
        #expect(held.unmet.map(\.kind) == [.count, .minPerLevel, .minPerLevel, .minPerLevel])
        #expect(held.unmet[1].message.hasPrefix("kecamatan 110102: min 1 per kecamatan not met: 0 selected, held back by a maximum"))
    }

    @Test("with levels the fast replicate path steps aside, and the summaries add up per unit")
    func summaries() throws {
        var request = TargetingRequest(rule: .count(3))
        #expect(ReplicateSelector.supports(request))
        request.phases[0].constraints.levelQuotas = [try Self.quota("kabupaten:1", .atMost)]
        #expect(!ReplicateSelector.supports(request))
        let keys = try Self.hierarchy.apply(to: Self.values.map { RegionKey(code: $0.0, name: $0.0, parent: String($0.0.prefix(2))) })
        let regions = zip(keys, Self.values).map { JoinedRegion(key: $0, value: $1.1) }
        let s = try Self.select(.count(3), [Self.quota("kabupaten:1", .atMost)])
        let levels = LevelSummary.tally(regions, hierarchy: Self.hierarchy, selection: s)
        #expect(levels.map(\.level) == ["province", "kabupaten", "kecamatan"])
        #expect(levels[1].units.map(\.code) == ["1101", "1102", "1201"])
        #expect(levels[1].units.map(\.regionsSelected) == [1, 1, 1])
        #expect(levels[1].units.map(\.total) == [120, 28, 27])
        #expect(levels[1].units.map(\.valueCovered) == [50, 20, 15])
        #expect(levels[2].unitsTouched == 3)
    }
}
