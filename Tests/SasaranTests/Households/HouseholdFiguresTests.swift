import Foundation
import Sasaran
import SasaranIO
import Testing
import TestSupport

/// A dozen households worked by hand, one test per definition (docs/households.md).
///
///     id   district  desil  a  b   target  priority district
///     h01  11.01     1      1  1   yes     yes
///     h02  11.01     1      1  0   yes     yes
///     h03  11.01     1      0  0   yes     yes   ← gap
///     h04  11.01     3      1  0
///     h05  11.02     1      0  1   yes
///     h06  11.02     1      0  0   yes           (no programme, but not in a priority district)
///     h07  11.02     5      0  1
///     h08  12.01     1      1  1   yes     yes
///     h09  12.01     2      0  0           yes
///     h10  12.01     1      0  0   yes     yes   ← gap
///     h11  12.01     7      1  1           yes
///     h12  12.01     10     0  0           yes
///
/// H = 12, T = 7; a: 5 recipients, 3 in T; b: 5 recipients, 3 in T.
@Suite("household figures, by hand")
struct HouseholdFiguresTests {
    static let rows = [
        "h01,11.01.01,1,1,1,1", "h02,11.01.02,1,1,0,1", "h03,11.01,1,0,0,3", "h04,11.01,3,1,0,1",
        "h05,11.02.7,1,0,1,1", "h06,11.02,1,0,0,1", "h07,11.02,5,0,1,1", "h08,12.01.3,1,1,1,1",
        "h09,12.01,2,0,0,1", "h10,12.01,1,0,0,0.5", "h11,12.01,7,1,1,1", "h12,12.01,10,0,0,1",
    ]
    static let codes = ["11.01", "11.02", "12.01"]
    static let priority = [true, false, true]
    static let districts = codes.map { HouseholdReport.District(code: $0, name: "District \($0)", parent: String($0.prefix(2))) }

    static func register(_ lines: [String], header: String = "id,kode,desil,a,b,w") throws -> String {
        let path = try SharedData.temporaryFolder().appendingPathComponent("register.csv").path
        try ([header] + lines).joined(separator: "\n").appending("\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    static func layout(weighted: Bool = false) -> HouseholdRegisterLayout {
        HouseholdRegisterLayout(code: "kode", target: TargetRule(column: "desil", comparison: .lessOrEqual, threshold: 1),
                                decile: "desil", weight: weighted ? "w" : nil, programmes: ["a", "b"])
    }

    static func report(path: String? = nil, weighted: Bool = false, minCell: Int = 0, options: HouseholdOptions = HouseholdOptions(minCell: 0, listGapHouseholds: true)) throws -> HouseholdReport {
        let layout = layout(weighted: weighted)
        let run = try HouseholdRegister.read(path: path ?? register(rows), layout: layout, codes: codes, priority: priority, options: options)
        return HouseholdReport(run: run, layout: layout, districts: districts, priority: priority, minCell: minCell)
    }

    @Test("coverage is the share of target households reached; exclusion error its complement")
    func coverage() throws {
        let n = try Self.report().national
        #expect(n.households == 12)
        #expect(n.targetHouseholds == 7)
        #expect(n.programmes[0].recipients == 5)
        #expect(n.programmes[0].recipientsInTarget == 3)
        #expect(n.programmes[0].coverage == 3.0 / 7)
        #expect(n.programmes[0].exclusionError == 1 - 3.0 / 7)
    }

    @Test("inclusion error is the share of recipients outside the target group")
    func inclusion() throws {
        let n = try Self.report().national
        #expect(n.programmes[0].inclusionError == 2.0 / 5)
        #expect(n.programmes[1].inclusionError == 2.0 / 5)
    }

    @Test("the CGH index divides the recipients' target share by the target group's share of households")
    func cgh() throws {
        let n = try Self.report().national
        let expected = (3.0 / 5) / (7.0 / 12)
        #expect(abs(n.programmes[0].cgh! - expected) < 1e-12)
    }

    @Test("the priority list catches 5 of 7 target households; a's recipients all live there, b's 3 of 5")
    func priority() throws {
        let p = try #require(try Self.report().priority)
        #expect(p.districts == 2)
        #expect(p.targetInside == 5)
        #expect(p.shareTargetInside == 5.0 / 7)
        #expect(p.programmes[0].shareRecipientsInside == 1)
        #expect(p.programmes[1].shareRecipientsInside == 3.0 / 5)
    }

    @Test("convergence: 2 of 7 target households receive both, 3 none, one each a only and b only")
    func convergence() throws {
        let c = try Self.report().national.convergence
        #expect(c.allProgrammes == 2.0 / 7)
        #expect(c.noProgramme == 3.0 / 7)
        #expect(c.combinations.map(\.programmes) == [[], ["a"], ["b"], ["a", "b"]])
        #expect(c.combinations.map(\.households) == [3, 1, 1, 2])
    }

    @Test("the gap counts target households in priority districts with no programme, and lists their ids")
    func gap() throws {
        let report = try Self.report()
        #expect(report.national.gap?.households == 2)
        #expect(report.national.gap?.share == 2.0 / 5)
        #expect(report.gapIds == ["h03", "h10"])
        #expect(report.districts.map { $0.gap?.households } == [1, nil, 1])
        #expect(report.districts[1].convergence.noProgramme == 1.0 / 2)
    }

    @Test("per province: 11 holds 7 households, 5 in the target group, a reaches 2 of them")
    func provinces() throws {
        let provinces = try Self.report().provinces
        #expect(provinces.map(\.code) == ["11", "12"])
        #expect(provinces[0].households == 7)
        #expect(provinces[0].targetHouseholds == 5)
        #expect(provinces[0].programmes[0].coverage == 2.0 / 5)
        #expect(provinces[1].gap?.households == 1)
    }

    @Test("deciles: 3 of a's 5 recipients are in decile 1; the concentration index is positive")
    func deciles() throws {
        let report = try Self.report()
        let deciles = try #require(report.deciles)
        #expect(deciles[0].households == 7)
        #expect(deciles[0].programmes[0].shareOfRecipients == 3.0 / 5)
        #expect(deciles[9].households == 1)
        #expect(deciles[9].programmes[0].cumulativeShareOfRecipients == 1)
        #expect(try #require(report.concentration?[0].index) > 0)
    }

    @Test("survey weights weight every count: h03 counts 3, h10 counts 0.5")
    func weights() throws {
        let n = try Self.report(weighted: true).national
        #expect(n.households == 12 + 2 - 0.5)
        #expect(n.targetHouseholds == 8.5)
        #expect(n.programmes[0].coverage == 3 / 8.5)
        #expect(n.gap?.households == 3.5)
        #expect(n.convergence.noProgramme == 4.5 / 8.5)
    }

    @Test("cells under --min-cell are suppressed and named; larger ones stay")
    func smallCells() throws {
        let n = try Self.report(minCell: 10).national
        #expect(n.households == 12)
        #expect(n.targetHouseholds == nil)
        #expect(n.programmes[0].coverage == nil)
        #expect(n.suppressed.contains("targetHouseholds"))
        #expect(n.suppressed.contains("programmes.a.coverage"))
        #expect(n.suppressed.contains("programmes.a.exclusionError"))
    }

    @Test("the same register gzipped gives the same figures, on 1 and 3 threads and small blocks")
    func gzipAndThreads() throws {
        let path = try Self.register(Self.rows)
        _ = try ToolRun.output("gzip", ["-k", path])
        let plain = try Self.report(path: path)
        let zipped = try Self.report(path: path + ".gz", options: HouseholdOptions(minCell: 0, listGapHouseholds: true, workers: 3, blockSize: 40))
        let single = try Self.report(path: path, options: HouseholdOptions(minCell: 0, listGapHouseholds: true, workers: 1, blockSize: 64))
        #expect(zipped.national == plain.national)
        #expect(single.districts == plain.districts)
        #expect(zipped.gapIds == plain.gapIds)
    }

    static func error(_ lines: [String], header: String = "id,kode,desil,a,b,w", countUnmatched: Bool = false) throws -> InputError {
        let path = try register(lines, header: header)
        do {
            _ = try report(path: path, options: HouseholdOptions(minCell: 0, countUnmatched: countUnmatched))
        } catch let error as InputError {
            return error
        }
        throw NoError(lines: lines)
    }

    struct NoError: Error { var lines: [String] }

    @Test("bad input names the line and the column, never the id", arguments: [
        (["h01,11.01,1,1,1,1", "h02,99.01,1,1,1,1"], 3, "kode", "not a district code"),
        (["h01,11.01,1,1,1,1", "h01,11.01,1,1,0,1"], 3, "id", "repeats"),
        (["h01,11.01,1,2,1,1"], 2, "a", "not a 0/1 flag"),
        (["h01,11.01,11,1,1,1"], 2, "desil", "not a welfare decile"),
        (["h01,11.01,1,1"], 2, "b", "no value for column 5"),
        (["h01,11.01,1,,1,1"], 2, "a", "empty"),
        (["h01,11.01,1,x,1,1"], 2, "a", "not a number"),
    ])
    func badInput(lines: [String], line: Int, column: String, message: String) throws {
        let error = try Self.error(lines)
        #expect(error.record == line)
        #expect(error.field == column)
        #expect(error.message.contains(message), "\(error)")
        #expect(!error.description.contains("h01") && !error.description.contains("h02"))
    }

    @Test("a missing column is named with the header; unknown codes can be counted instead")
    func missingColumnAndUnmatched() throws {
        let error = try Self.error(Self.rows, header: "id,kode,desil,a,x,w")
        #expect(error.record == 1)
        #expect(error.message.contains("no column \"b\""))
        let path = try Self.register(Self.rows + ["h13,99.01,1,1,1,1"])
        let report = try Self.report(path: path, options: HouseholdOptions(minCell: 0, countUnmatched: true))
        #expect(report.unmatched == 1)
        #expect(report.national.households == 12)
    }

    @Test("a truncated gzip is an error, not a shorter register")
    func truncatedGzip() throws {
        let path = try Self.register((1...2000).map { "h\($0),11.01,1,1,1,1" })
        _ = try ToolRun.output("gzip", [path])
        let data = try Data(contentsOf: URL(fileURLWithPath: path + ".gz"))
        try data.prefix(data.count / 2).write(to: URL(fileURLWithPath: path + ".gz"))
        do {
            _ = try Self.report(path: path + ".gz")
            Issue.record("no error for a truncated gzip")
        } catch let error as InputError {
            #expect(error.message.contains("truncated"), "\(error)")
        }
    }
}
