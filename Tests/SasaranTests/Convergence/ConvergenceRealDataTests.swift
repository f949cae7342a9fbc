import Foundation
import Testing
import TestSupport
@testable import Sasaran

/// The real 75% list of BPS 2023 (514 districts of 2025) with three programmes the test builds:
/// "Proportional" gives 10 per thousand poor in every district, "Even" 100 in every district,
/// "Java" 20 per thousand poor in the districts of provinces 31–36 only. Every expected figure
/// is computed here from the CSV lines, without the engine.
@Suite("Convergence: the real 75% list of BPS 2023", SharedData.required)
struct ConvergenceRealDataTests {
    struct District { var code: String; var poor: Double }

    /// The 2023 figures sorted as the ranking (poor descending, ties by code).
    static func ranking() throws -> [District] {
        let text = try String(contentsOfFile: try SharedData.path("idn/poverty/bps_poverty_kabkota_2015_2025.csv"), encoding: .utf8)
        var rows: [District] = []
        for line in text.split(whereSeparator: \.isNewline).dropFirst() {
            let f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard f[4] == "2023", let poor = Double(f[6]) else { continue }
            rows.append(District(code: f[0], poor: poor))
        }
        return rows.sorted { $0.poor != $1.poor ? $0.poor > $1.poor : $0.code < $1.code }
    }

    static func isJava(_ code: String) -> Bool { (31...36).contains(Int(code.prefix(2)) ?? 0) }

    /// The programme table as CSV text.
    static func programmesCSV(_ districts: [District]) -> String {
        var lines = ["programme,code,amount"]
        for d in districts {
            lines.append("Proportional,\(d.code),\(d.poor * 10)")
            lines.append("Even,\(d.code),100")
            if isJava(d.code) { lines.append("Java,\(d.code),\(d.poor * 20)") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func scenario() throws -> Scenario {
        Scenario(name: "BPS 2023, 75%",
                 boundaries: BoundaryInput(path: try SharedData.path("idn/boundaries/shp/kabkota_2025.shp"),
                                           options: LayerOptions(codeField: "KODE_KMD", nameField: "NAMA", parent: .field("KODE_PROV"))),
                 indicators: IndicatorInput(path: try SharedData.path("idn/poverty/bps_poverty_kabkota_2015_2025.csv"),
                                            columns: IndicatorColumns(code: "kode_kemendagri_2025", value: "jumlah_miskin_ribu",
                                                                      filters: [RowFilter(column: "tahun", value: "2023")])),
                 request: TargetingRequest(rule: .coverage(0.75)))
    }

    /// Concentration index computed directly: Σ Δp (Lᵢ + Lᵢ₋₁) − 1 over the ranking.
    static func concentration(_ ranking: [District], _ amount: (District) -> Double) -> Double {
        let totalPoor = ranking.reduce(0) { $0 + $1.poor }, totalAmount = ranking.reduce(0) { $0 + amount($1) }
        var cumulativePoor = 0.0, cumulativeAmount = 0.0, previousP = 0.0, previousL = 0.0, twice = 0.0
        for d in ranking {
            cumulativePoor += d.poor; cumulativeAmount += amount(d)
            let p = cumulativePoor / totalPoor, l = cumulativeAmount / totalAmount
            twice += (p - previousP) * (l + previousL)
            previousP = p; previousL = l
        }
        return twice - 1
    }

    @Test("shares inside, leakage, concentration, gaps and the score match the hand computation")
    func handComputed() throws {
        let ranking = try Self.ranking()
        #expect(ranking.count == 514)
        let result = try ScenarioRunner.run(Self.scenario())
        let expectedList = try RealData.reference(year: 2023, target: 0.75)
        #expect(result.selection.codes == expectedList)
        let list = Array(ranking.prefix(expectedList.count))
        #expect(list.map(\.code) == expectedList)
        let table = try ProgrammeTable.load(csv: Self.programmesCSV(ranking), file: "programmes.csv",
                                            columns: ProgrammeColumns(), unit: "IDR million")
        let report = try Convergence.analyse(result, programmes: table, options: ConvergenceOptions(minProgrammes: 3))
        let view = report.final
        #expect(report.programmes == ["Proportional", "Even", "Java"])
        #expect(report.perPoorUnit == "IDR million per jumlah_miskin_ribu")

        let poorTotal = ranking.reduce(0) { $0 + $1.poor }, poorList = list.reduce(0) { $0 + $1.poor }
        let javaTotal = ranking.filter { Self.isJava($0.code) }.reduce(0) { $0 + $1.poor }
        let javaList = list.filter { Self.isJava($0.code) }.reduce(0) { $0 + $1.poor }
        let listShare = poorList / poorTotal
        let expectedInside = [listShare, Double(list.count) / 514, javaList / javaTotal]
        let p = view.programmes
        for k in 0..<3 {
            #expect(abs(p[k].shareInside! - expectedInside[k]) < 1e-12, "\(p[k].programme)")
            #expect(abs(p[k].leakage! - (1 - expectedInside[k])) < 1e-12, "\(p[k].programme)")
            #expect(abs(p[k].listShareOfPoor - listShare) < 1e-12)
        }
        #expect(abs(p[0].totalAmount - poorTotal * 10) < 1e-6)
        #expect(p[1].totalAmount == 51_400)
        #expect(p.map(\.districtsReached) == [list.count, list.count, list.filter { Self.isJava($0.code) }.count])
        #expect(p[2].districtsReachedOutside == ranking.dropFirst(list.count).filter { Self.isJava($0.code) }.count)

        // Concentration: 0 for proportional, negative for even, positive for Java (Java districts
        // rank high and get twice the proportional amount per poor).
        let expectedIndex = [Self.concentration(ranking) { $0.poor * 10 }, Self.concentration(ranking) { _ in 100 },
                             Self.concentration(ranking) { Self.isJava($0.code) ? $0.poor * 20 : 0 }]
        for k in 0..<3 { #expect(abs(p[k].concentrationIndex! - expectedIndex[k]) < 1e-9, "\(p[k].programme)") }
        #expect(abs(p[0].concentrationIndex!) < 1e-9)
        #expect(p[1].concentrationIndex! < -0.3)
        #expect(p[2].concentrationIndex! > 0)

        // Gaps: with three programmes required, every priority district outside Java.
        let outsideJava = list.filter { !Self.isJava($0.code) }.map(\.code)
        #expect(view.gaps == outsideJava)
        #expect(view.unreached.isEmpty)
        #expect(view.score.gaps == outsideJava.count)
        #expect(view.score.reachedByAllCore == list.count - outsideJava.count)
        let amountInside = poorList * 10 + 100 * Double(list.count) + javaList * 20
        let amountTotal = poorTotal * 10 + 51_400 + javaTotal * 20
        #expect(abs(view.score.amountShareInside! - amountInside / amountTotal) < 1e-12)
        #expect(abs(view.score.coreReachShare! - Double(list.count - outsideJava.count) / Double(list.count)) < 1e-12)

        // Per province: Jawa Barat (32) sums its priority districts.
        let west = try #require(view.parents.first { $0.parent == "32" })
        let westList = list.filter { $0.code.hasPrefix("32.") }
        #expect(west.priorityDistricts == westList.count)
        #expect(west.gaps == 0)
        let westInside = westList.reduce(0) { $0 + $1.poor * 30 + 100 }
        #expect(abs(west.amountInside - westInside) < 1e-6)
    }

    @Test("bad programme tables on the real layer: unknown codes, duplicates, negative amounts")
    func badTables() throws {
        let result = try ScenarioRunner.run(Self.scenario())
        let columns = ProgrammeColumns()
        let unknown = try ProgrammeTable.load(csv: "programme,code,amount\nPKH,32.01,5\nPKH,32.99,5\nPKH,3201,5\n", file: "bad.csv", columns: columns)
        let e = thrown(ProgrammeError.self) { _ = try Convergence.analyse(result, programmes: unknown) }
        #expect(e?.description == "bad.csv: 2 programme row(s) match no region of the layer: 32.99 (line 3), 3201 (line 4)")
        let e2 = thrown(ProgrammeError.self) {
            _ = try ProgrammeTable.load(csv: "programme,code,amount\nPKH,32.01,5\nPKH, 32.01 ,6\n", file: "bad.csv", columns: columns)
        }
        #expect(e2?.description == "bad.csv: several rows for the same programme and region: PKH in 32.01 (lines 2, 3)")
        let e3 = thrown(ProgrammeError.self) {
            _ = try ProgrammeTable.load(csv: "programme,code,amount\nPKH,32.01,-5\n", file: "bad.csv", columns: columns)
        }
        #expect(e3?.description == "bad.csv:2: column 3 'amount': negative amount -5 is not allowed")
    }
}
