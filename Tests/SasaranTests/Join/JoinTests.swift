import Foundation
import Testing
@testable import Sasaran

@Suite("Join to the region layer")
struct JoinTests {
    private func table(_ rows: [(String, Double?)]) -> IndicatorTable {
        IndicatorTable(file: "t.csv", rows: rows.enumerated().map { IndicatorRow(code: $1.0, value: $1.1, line: $0 + 2) })
    }

    private let layer = ["A1", "A2", "B1"].map { RegionKey(code: $0, name: $0, parent: String($0.prefix(1))) }

    @Test("a clean join keeps layer order and a clean report")
    func clean() throws {
        let j = try table([("B1", 3), ("A1", 1), ("A2", 2)]).join(to: layer)
        #expect(j.regions.map(\.code) == ["A1", "A2", "B1"])
        #expect(j.regions.map(\.value) == [1, 2, 3])
        #expect(j.report.isClean)
    }

    @Test("codes are compared after trimming whitespace")
    func trimming() throws {
        let spaced = [RegionKey(code: " A1 ", name: "a", parent: "A")]
        let j = try table([("A1", 1)]).join(to: spaced)
        #expect(j.regions.first?.code == "A1")
    }

    @Test("regions without a row or with a missing value are an error by default")
    func missingError() {
        let e = thrown(JoinError.self) { _ = try table([("A1", 1), ("A2", nil)]).join(to: layer) }
        #expect(e == .regionsWithoutValue(file: "t.csv", withoutRow: ["B1"], missingValue: ["A2"]))
        #expect(e?.description == "1 region(s) have no row in t.csv: B1; 1 region(s) have a missing value: A2 (use --missing skip to leave them out)")
    }

    @Test("missing skip keeps them without a value and reports them")
    func missingSkip() throws {
        let j = try table([("A1", 1), ("A2", nil)]).join(to: layer, options: JoinOptions(missing: .skip))
        #expect(j.regions.map(\.value) == [1, nil, nil])
        #expect(j.report.regionsWithoutRow == ["B1"])
        #expect(j.report.regionsWithMissingValue == ["A2"])
        #expect(j.report.warnings == ["2 region(s) without a value left out: B1, A2"])
    }

    @Test("rows without a region: error by default, warning when allowed")
    func unmatched() throws {
        let t = table([("A1", 1), ("A2", 2), ("B1", 3), ("Z9", 4)])
        let e = thrown(JoinError.self) { _ = try t.join(to: layer) }
        #expect(e?.description == "t.csv: 1 row(s) match no region of the layer: Z9 (line 5) (use --unmatched warn to go on)")
        let j = try t.join(to: layer, options: JoinOptions(unmatched: .warn))
        #expect(j.report.rowsWithoutRegion.map(\.code) == ["Z9"])
        #expect(j.report.warnings.count == 1)
    }

    @Test("duplicate codes are always an error, naming their lines")
    func duplicates() {
        let e = thrown(JoinError.self) {
            _ = try table([("A1", 1), ("A2", 2), ("B1", 3), ("A1", 5)]).join(to: layer, options: JoinOptions(missing: .skip, unmatched: .warn))
        }
        #expect(e == .duplicateTableCodes(file: "t.csv", [DuplicateCode(code: "A1", lines: [2, 5])]))
        #expect(e?.description == "t.csv: several rows for the same region: A1 (lines 2, 5)")
        let dupLayer = layer + [layer[0]]
        #expect(thrown(JoinError.self) { _ = try table([("A1", 1)]).join(to: dupLayer) } == .duplicateLayerCodes(["A1"]))
    }

    @Test("long offender lists show the first ten and how many more")
    func offenders() {
        let big = (1...25).map { RegionKey(code: String(format: "R%02d", $0), name: "", parent: "P") }
        let e = thrown(JoinError.self) { _ = try table([("R01", 1)]).join(to: big) }
        #expect(e?.description == "24 region(s) have no row in t.csv: R02, R03, R04, R05, R06, R07, R08, R09, R10, R11 and 14 more (24 in all) (use --missing skip to leave them out)")
    }

    @Test("a crosswalk maps table codes to layer codes; unmapped codes are reported")
    func crosswalk() throws {
        let cw = Crosswalk(mapping: ["1101": "A2", "1102": "A1", "1201": "B1"])
        let j = try table([("1101", 2), ("1102", 1), ("1201", 3)]).join(to: layer, options: JoinOptions(crosswalk: cw))
        #expect(j.regions.map(\.value) == [1, 2, 3])
        #expect(j.regions.map(\.sourceCode) == ["1102", "1101", "1201"])
        let e = thrown(JoinError.self) {
            _ = try table([("1101", 2), ("1102", 1), ("1201", 3), ("9999", 1)]).join(to: layer, options: JoinOptions(crosswalk: cw))
        }
        #expect(e?.description.contains("9999 (line 5, not in crosswalk)") == true)
        let many = Crosswalk(mapping: ["1101": "A1", "1102": "A1", "1201": "B1", "1202": "A2"])
        let dup = thrown(JoinError.self) {
            _ = try table([("1101", 2), ("1102", 1), ("1201", 3), ("1202", 3)]).join(to: layer, options: JoinOptions(crosswalk: many))
        }
        #expect(dup == .duplicateTableCodes(file: "t.csv", [DuplicateCode(code: "A1", lines: [2, 3])]))
    }

    @Test("several problems at once are reported together")
    func several() {
        let e = thrown(JoinError.self) { _ = try table([("A1", 1), ("Z9", 2)]).join(to: layer) }
        guard case .several(let parts)? = e else { Issue.record("expected several, got \(String(describing: e))"); return }
        #expect(parts.count == 2)
    }
}
