import Foundation
import Testing
import TestSupport

/// The household report's workbook, read back with openpyxl (Tests/Peers/households_xlsx_peer.py),
/// and each district's concentration table against polars
/// (Tests/Peers/households_district_deciles_peer.py), on a synthetic register of 100,000
/// households against the real 514 districts and the 75% list of 2025.
@Suite("sasaran households: workbook and district deciles", PythonPeer.required, .serialized)
struct HouseholdsWorkbookTests {
    static let flags = ["--target", "desil<=1", "--programmes", "pkh,bpnt,pbi", "--weight-column", "bobot"]

    static func register(in folder: URL) throws -> String {
        let register = folder.appendingPathComponent("synthetic-register.csv").path
        _ = try PythonPeer.run("scripts/synthetic-register", ["100000", register, "--weights", "--seed", "23",
                                                              "--data", SharedData.root.appendingPathComponent("idn").path])
        return register
    }

    /// Equal as Excel stores numbers (about 16 significant digits).
    static func expectSame(_ a: Double?, _ b: Double?, _ what: String) {
        guard let a, let b else { #expect(a == nil && b == nil, "\(what): \(String(describing: a)) vs \(String(describing: b))"); return }
        #expect(abs(a - b) <= 1e-15 * max(1, abs(b)), "\(what): \(a) vs \(b)")
    }

    @Test("every sheet holds the CSV table's cells, typed: numbers as numbers, codes as text, suppressed cells marked <10")
    func workbookEqualsCSV() throws {
        let folder = try SharedData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let register = try Self.register(in: folder)
        let list = try HouseholdsCommandTests.priorityList(in: folder)
        let common = ["households", "--register", register] + (try HouseholdsCommandTests.boundaryFlags()) + Self.flags + ["--priority", list]
        let book = folder.appendingPathComponent("households.xlsx").path
        let json = folder.appendingPathComponent("households.json").path
        let run = try Sasaran.run(common + ["--output", book, "--output", json])
        #expect(run.status == 0, "\(run.stderr)")
        let sheets = try #require(try JSONSerialization.jsonObject(with: PythonPeer.run("Tests/Peers/households_xlsx_peer.py", [book])) as? [String: [[Any]]])
        #expect(Set(sheets.keys) == ["programmes", "convergence", "districts", "provinces", "deciles", "district deciles"])
        var suppressedSeen = 0
        for (sheet, table) in [("districts", "districts"), ("provinces", "provinces"), ("deciles", "deciles"), ("district deciles", "district-deciles")] {
            let csv = try Sasaran.run(common + ["--format", "csv", "--csv-table", table])
            #expect(csv.status == 0, "\(csv.stderr)")
            let records = csv.stdout.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
            let rows = try #require(sheets[sheet])
            #expect(rows.count == records.count, "\(sheet): \(rows.count) rows, CSV \(records.count)")
            for (r, (row, record)) in zip(rows, records).enumerated() {
                for (c, text) in record.enumerated() {
                    let cell = c < row.count ? row[c] as? [Any] : nil
                    let place = "\(sheet) row \(r + 1) column \(c + 1) (\(records[0][c]))"
                    if text.isEmpty { #expect(cell == nil, "\(place): \(String(describing: cell)) for an empty CSV cell"); continue }
                    guard let cell, let type = cell[1] as? String else { Issue.record("\(place): empty for \(text)"); continue }
                    if let number = Double(text), r > 0, !["code", "parent", "name"].contains(records[0][c]) {
                        #expect(type == "n", "\(place): \(type) for the number \(text)")
                        let value = (cell[0] as? NSNumber)?.doubleValue ?? .nan
                        #expect(abs(value - number) <= 1e-15 * max(1, abs(number)), "\(place): \(value) vs \(text)")
                    } else {
                        #expect(type == "s", "\(place): \(type) for the text \(text)")
                        #expect(cell[0] as? String == text, "\(place)")
                        if text == "<10" { suppressedSeen += 1 }
                    }
                }
            }
        }
        #expect(suppressedSeen > 100, "suppressed cells are marked")

        // The programmes and convergence sheets hold the nation's JSON figures.
        let report = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: json))) as? [String: Any])
        let programmes = try #require(sheets["programmes"])
        let header = try #require(programmes.firstIndex { (($0.first as? [Any])?.first as? String) == "programme" })
        let names = (programmes[header] as [Any]).map { (($0 as? [Any])?.first as? String) ?? "" }
        for (k, p) in (report["programmes"] as? [[String: Any]] ?? []).enumerated() {
            let row = programmes[header + 1 + k]
            func cell(_ column: String) -> Double? { ((row[names.firstIndex(of: column)!] as? [Any])?.first as? NSNumber)?.doubleValue }
            #expect(((row[0] as? [Any])?.first as? String) == p["name"] as? String)
            for (column, key) in [("recipients", "recipients"), ("coverage", "coverage"), ("inclusion_error", "inclusionError"), ("cgh", "cgh")] {
                Self.expectSame(cell(column), (p[key] as? NSNumber)?.doubleValue, "programmes \(p["name"] ?? "") \(column)")
            }
        }
        let convergence = try #require(sheets["convergence"])
        let combinations = ((report["convergence"] as? [String: Any])?["combinations"] as? [[String: Any]]) ?? []
        #expect(convergence.count == combinations.count + 1)
        for (k, c) in combinations.enumerated() {
            let row = convergence[k + 1]
            Self.expectSame(((row[2] as? [Any])?.first as? NSNumber)?.doubleValue, (c["households"] as? NSNumber)?.doubleValue, "combination \(k)")
        }
    }

    @Test("each district's concentration table equals polars'; with --min-cell 10 its small cells are suppressed and named")
    func districtDecilesEqualPolars() throws {
        let folder = try SharedData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let register = try Self.register(in: folder)
        let peer = try #require(try JSONSerialization.jsonObject(with: PythonPeer.run("Tests/Peers/households_district_deciles_peer.py",
                                                                                         [register, "pkh,bpnt,pbi", "bobot"])) as? [String: [String: [String: Any]]])
        let common = ["households", "--register", register] + (try HouseholdsCommandTests.boundaryFlags()) + Self.flags + ["--format", "json"]
        let open = try Sasaran.run(common + ["--min-cell", "0"])
        #expect(open.status == 0, "\(open.stderr)")
        let tables = try #require(try JSONSerialization.jsonObject(with: Data(open.stdout.utf8)) as? [String: Any])["districtDeciles"] as? [[String: Any]]
        #expect(tables?.count == 514)
        var compared = 0
        for table in tables ?? [] {
            let code = table["code"] as? String ?? ""
            let reference = peer[code] ?? [:]
            for d in table["deciles"] as? [[String: Any]] ?? [] {
                let k = String(describing: d["decile"] ?? "")
                guard let expected = reference[k] else { continue }
                HouseholdsCommandTests.close(d["households"], expected["households"], "\(code) decile \(k) households")
                HouseholdsCommandTests.close(d["cumulativeShareOfHouseholds"], expected["cumulativeShareOfHouseholds"], "\(code) decile \(k) cumulative")
                let programmes = expected["programmes"] as? [String: [String: Any]] ?? [:]
                for p in d["programmes"] as? [[String: Any]] ?? [] {
                    let name = p["name"] as? String ?? ""
                    for f in ["recipients", "coverage", "shareOfRecipients", "cumulativeShareOfRecipients"] {
                        HouseholdsCommandTests.close(p[f], programmes[name]?[f], "\(code) decile \(k) \(name).\(f)")
                    }
                }
                compared += 1
            }
        }
        #expect(compared >= 5000)

        // The small-cell rule: a decile of 1–9 households (unweighted) is suppressed and named, and
        // so is every cumulative share from it on.
        let closed = try Sasaran.run(common)
        let suppressedTables = try #require(try JSONSerialization.jsonObject(with: Data(closed.stdout.utf8)) as? [String: Any])["districtDeciles"] as? [[String: Any]]
        var small = 0
        for table in suppressedTables ?? [] {
            let code = table["code"] as? String ?? ""
            var hiddenFrom: Int?
            for d in table["deciles"] as? [[String: Any]] ?? [] {
                let k = (d["decile"] as? Int) ?? 0
                let n = (peer[code]?[String(k)]?["n"] as? Int) ?? 0
                let suppressed = d["suppressed"] as? [String] ?? []
                if n > 0 && n < 10 {
                    small += 1
                    #expect(d["households"] is NSNull, "\(code) decile \(k): \(n) households shown")
                    #expect(suppressed.contains("households"), "\(code) decile \(k)")
                    if hiddenFrom == nil { hiddenFrom = k }
                } else if n >= 10 {
                    HouseholdsCommandTests.close(d["households"], peer[code]?[String(k)]?["households"], "\(code) decile \(k)")
                }
                if let hiddenFrom, k >= hiddenFrom { #expect(d["cumulativeShareOfHouseholds"] is NSNull, "\(code) decile \(k) cumulative after a suppressed decile") }
            }
        }
        #expect(small > 100)
    }
}
