import Foundation
import Testing
import TestSupport
import SasaranIO
@testable import Sasaran

@Suite("Real data: BPS poverty 2015–2025 on the 514 districts of 2025",
       SharedData.required)
struct RealDataTests {
    static let targets = [0.2, 0.5, 0.75, 0.9]

    @Test("the layer has 514 districts in 38 provinces")
    func layer() throws {
        let layer = try RealData.layer()
        #expect(layer.count == 514)
        #expect(Set(layer.map(\.parent)).count == 38)
    }

    @Test("every year and target: the list equals an independent sort + cumulative sum", arguments: 2015...2025)
    func everyYear(year: Int) throws {
        let layer = try RealData.layer()
        for target in Self.targets {
            let (s, report) = try RealData.select(year: year, rule: .coverage(target), layer: layer)
            let expected = try RealData.reference(year: year, target: target)
            #expect(s.codes == expected, "year \(year) target \(target)")
            #expect(s.marginal == expected.last)
            #expect(s.coverage >= target - 1e-12)
            #expect(s.entries.dropLast().last.map { $0.cumulativeShare < target } ?? true)
            #expect(s.parentsTouched == Array(Set(expected.map { String($0.prefix(2)) })).sorted())
            if year == 2015 {
                #expect(report.regionsWithoutRow == ["74.13", "74.14", "74.15"])
            } else {
                #expect(report.isClean)
            }
        }
    }

    @Test("missing values are an error by default where a year lacks them")
    func missingDefault() throws {
        let table = try IndicatorTable.load(contentsOf: RealData.povertyURL(), columns: RealData.columns(year: 2015))
        let e = thrown(JoinError.self) { _ = try table.join(to: RealData.layer()) }
        #expect(e == .regionsWithoutValue(file: try RealData.povertyURL().path, withoutRow: ["74.13", "74.14", "74.15"], missingValue: []))
    }

    @Test("kode_bps_2020 through the crosswalk gives the same list", arguments: 2015...2025)
    func crosswalk(year: Int) throws {
        let layer = try RealData.layer()
        let cw = try Crosswalk.load(contentsOf: RealData.crosswalkURL(), from: "kode_bps_2020", to: "kode_kemendagri_2025")
        #expect(cw.mapping.count == 514)
        #expect(cw.mapping.filter { $0.key != $0.value.replacingOccurrences(of: ".", with: "") }.count == 199)
        for target in Self.targets {
            let direct = try RealData.select(year: year, rule: .coverage(target), layer: layer).0
            let viaBPS = try RealData.select(year: year, rule: .coverage(target), code: "kode_bps_2020", crosswalk: cw, layer: layer).0
            #expect(viaBPS.codes == direct.codes, "year \(year) target \(target)")
            #expect(viaBPS.entries == direct.entries)
        }
    }

    @Test("BPS codes joined without the crosswalk do not match silently")
    func withoutCrosswalk() throws {
        let table = try IndicatorTable.load(contentsOf: RealData.povertyURL(), columns: RealData.columns(year: 2021, code: "kode_bps_2020"))
        let e = thrown(JoinError.self) { _ = try table.join(to: RealData.layer()) }
        #expect(e?.description.contains("none of the 514 row(s) has a code of the layer") == true)
        #expect(e?.description.contains("--crosswalk") == true)
    }

    @Test("rank by rate equals the independent computation")
    func rate() throws {
        let layer = try RealData.layer()
        for target in Self.targets {
            let s = try RealData.select(year: 2021, rule: .coverage(target), key: .rate, layer: layer).0
            #expect(s.codes == (try RealData.reference(year: 2021, target: target, byRate: true)))
        }
    }

    @Test("the 2021 design as nested phases: 7 provinces × 5 kabupaten, then 75% nationally")
    func design2021() throws {
        let layer = try RealData.layer()
        let table = try IndicatorTable.load(contentsOf: RealData.povertyURL(), columns: RealData.columns(year: 2021))
        let regions = try table.join(to: layer).regions
        let provinces = ["32", "33", "35", "53", "81", "91", "92"]
        let request = TargetingRequest(phases: [
            Phase(name: "2021 design", rule: .constraintsOnly, constraints: Constraints(
                focusParents: provinces, maxPerParent: 5, minPerParent: 5,
                attributeFilters: [AttributeFilter(key: "tipe", values: ["Kabupaten"])])),
            Phase(name: "75% nationally", rule: .coverage(0.75)),
        ])
        let s = try Targeting.select(regions, request: request)
        let phase1 = s.entries.filter { $0.phase == 1 }
        #expect(phase1.count == 35)
        #expect(Dictionary(grouping: phase1, by: \.parent).mapValues(\.count) == Dictionary(uniqueKeysWithValues: provinces.map { ($0, 5) }))
        #expect(phase1.allSatisfy { e in layer.first(where: { k in k.code == e.code })?.attributes["tipe"] == "Kabupaten" })
        #expect(Array(s.entries.prefix(35)) == phase1)
        #expect(s.coverage >= 0.75 - 1e-12)
        #expect(s.phases.map(\.regionsAdded).reduce(0, +) == s.entries.count)
        #expect(s.phases[1].marginal == s.entries.last?.code)
        #expect(s.unmet.isEmpty)
        // Within each province, phase 1 holds its five largest kabupaten.
        for p in provinces {
            let best = regions.filter { $0.key.parent == p && $0.key.attributes["tipe"] == "Kabupaten" }
                .sorted { ($0.value!, $1.code) > ($1.value!, $0.code) }.prefix(5).map(\.code)
            #expect(Set(phase1.filter { $0.parent == p }.map(\.code)) == Set(best))
        }
        let plain = try RealData.select(year: 2021, rule: .coverage(0.75), layer: layer).0
        #expect(s.entries.count >= plain.entries.count)
    }

    @Test("unmeetable constraints on real data give the best list and a statement")
    func unmeetable() throws {
        let layer = try RealData.layer()
        let table = try IndicatorTable.load(contentsOf: RealData.povertyURL(), columns: RealData.columns(year: 2021))
        let regions = try table.join(to: layer).regions
        let s = try Targeting.select(regions, request: TargetingRequest(rule: .coverage(0.75), constraints: Constraints(
            focusParents: ["32", "33", "35", "53", "81", "91", "92"], maxPerParent: 5)))
        #expect(s.entries.count == 35)
        let u = try #require(s.unmet.first)
        #expect(u.kind == .target)
        #expect(u.message.hasPrefix("target 75% not met: "))
        #expect(u.message.contains("% with 35 regions; limited by focus on 7 parents, max 5 per parent; short by "))
        #expect(abs(u.required - u.achieved - (0.75 - s.coverage)) < 1e-12)
    }

    @Test("bad real inputs each give a clear error")
    func badInputs() throws {
        let url = try RealData.povertyURL()
        let layer = try RealData.layer()
        // Unknown column.
        let unknown = thrown(IndicatorError.self) {
            _ = try IndicatorTable.load(contentsOf: url, columns: RealData.columns(year: 2021, value: "jumlah_miskin"))
        }
        #expect(unknown?.description == "\(url.path): no value column 'jumlah_miskin'; available columns: kode_kemendagri_2025, kode_bps_2020, provinsi_bps, nama_bps, tahun, p0_persen, jumlah_miskin_ribu, penduduk_implied_ribu")
        // Duplicate codes: the long table without a year filter.
        let all = try IndicatorTable.load(contentsOf: url, columns: IndicatorColumns(code: "kode_kemendagri_2025", value: "jumlah_miskin_ribu"))
        let dup = thrown(JoinError.self) { _ = try all.join(to: layer) }
        guard case .duplicateTableCodes(_, let dups)? = dup else {
            Issue.record("expected duplicates, got \(String(describing: dup))"); return
        }
        #expect(dups.count == 514)
        #expect(dups.first == DuplicateCode(code: "11.01", lines: Array(2...12)))
        // Codes not in the layer: a layer without Aceh.
        let table = try IndicatorTable.load(contentsOf: url, columns: RealData.columns(year: 2021))
        let noAceh = layer.filter { $0.parent != "11" }
        let unmatched = thrown(JoinError.self) { _ = try table.join(to: noAceh) }
        #expect(unmatched?.description.hasPrefix("\(url.path): 23 row(s) match no region of the layer: 11.01 (line 8), 11.02 (line 19)") == true)
        // Non-numeric and negative values in an edited copy.
        var lines = try String(contentsOf: url, encoding: .utf8)
            .split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        let target = try #require(lines.firstIndex { $0.hasPrefix("11.01,") && $0.contains(",2021,") })
        let original = lines[target]
        lines[target] = original.components(separatedBy: ",").enumerated()
            .map { $0.offset == 6 ? "n/a" : $0.element }.joined(separator: ",")
        let bad = thrown(IndicatorError.self) {
            _ = try IndicatorTable.load(csv: lines.joined(separator: "\n"), file: "edited.csv", columns: RealData.columns(year: 2021))
        }
        #expect(bad == .invalidNumber(file: "edited.csv", line: target + 1, column: "jumlah_miskin_ribu", columnNumber: 7, text: "n/a"))
        lines[target] = original.components(separatedBy: ",").enumerated().map { $0.offset == 6 ? "-12.5" : $0.element }.joined(separator: ",")
        let negative = thrown(IndicatorError.self) {
            _ = try IndicatorTable.load(csv: lines.joined(separator: "\n"), file: "edited.csv", columns: RealData.columns(year: 2021))
        }
        #expect(negative == .negativeValue(file: "edited.csv", line: target + 1, column: "jumlah_miskin_ribu", columnNumber: 7, value: -12.5))
        // Target outside (0, 1].
        let regions = try table.join(to: layer).regions
        #expect(thrown(TargetingError.self) { _ = try Targeting.select(regions, request: TargetingRequest(rule: .coverage(75))) }
                == .invalidTarget(75))
        // Empty table: a year not in the file.
        let empty = thrown(IndicatorError.self) { _ = try IndicatorTable.load(contentsOf: url, columns: RealData.columns(year: 2030)) }
        #expect(empty?.description == "\(url.path): no rows match tahun=2030 (tahun has 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025)")
    }
}
