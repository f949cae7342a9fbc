import Foundation
import Testing
@testable import Sasaran

@Suite("Convergence: programme tables")
struct ConvergenceProgrammeTableTests {
    static let long = ProgrammeColumns(layout: .long(programme: "programme", amount: "amount"), code: "code")

    @Test("a long table: programmes in order of appearance, missing amounts are no allocation")
    func long() throws {
        let csv = "programme,code,amount\nPKH,A1,10\nBPNT,A1,-\nPKH,B1,2.5\nBPNT,C1,\nBPNT,B2,4\n"
        let table = try ProgrammeTable.load(csv: csv, file: "p.csv", columns: Self.long, unit: "IDR million")
        #expect(table.programmes == ["PKH", "BPNT"])
        #expect(table.unit == "IDR million")
        #expect(table.allocations.map(\.amount) == [10, 2.5, 4])
        #expect(table.allocations.map(\.line) == [2, 4, 6])
        #expect(table.rowCodes.map(\.code) == ["A1", "A1", "B1", "C1", "B2"])
    }

    @Test("a wide table: one column per programme, by default every column but code and year")
    func wide() throws {
        let csv = "kode;tahun;PKH;BPNT\nA1;2023;1;2\nA1;2024;3;-\nB1;2023;;5\n"
        let all = try ProgrammeTable.load(csv: csv, columns: ProgrammeColumns(layout: .wide(programmes: nil), code: "kode", year: "tahun"))
        #expect(all.programmes == ["PKH", "BPNT"])
        #expect(all.allocations.count == 4)
        let amounts = try all.amounts(for: Fixture.layer)
        #expect(amounts.amounts[0][0] == 4)   // PKH in A1: 1 + 3 over the two years
        let one = try ProgrammeTable.load(csv: csv, columns: ProgrammeColumns(layout: .wide(programmes: ["BPNT"]), code: "kode",
                                                                              year: "tahun", yearFilter: "2023"))
        #expect(one.programmes == ["BPNT"])
        #expect(one.allocations.map(\.amount) == [2, 5])
    }

    @Test("codes not in the layer are an error listing every offending row")
    func unknownCodes() throws {
        let csv = "programme,code,amount\nPKH,A1,1\nPKH,ZZ,1\nBPNT,QQ,-\n"
        let table = try ProgrammeTable.load(csv: csv, file: "p.csv", columns: Self.long)
        let e = thrown(ProgrammeError.self) { _ = try table.amounts(for: Fixture.layer) }
        #expect(e == .rowsWithoutRegion(file: "p.csv", [UnmatchedRow(code: "ZZ", mappedCode: nil, line: 3, notInCrosswalk: false),
                                                          UnmatchedRow(code: "QQ", mappedCode: nil, line: 4, notInCrosswalk: false)]))
        #expect(e?.description == "p.csv: 2 programme row(s) match no region of the layer: ZZ (line 3), QQ (line 4)")
    }

    @Test("duplicate (programme, code[, year]) rows are an error naming the lines")
    func duplicates() throws {
        let csv = "programme,code,amount,year\nPKH,A1,1,2023\nPKH,A1,2,2024\nPKH,A1,3,2023\nBPNT,A1,1,2023\n"
        let e = thrown(ProgrammeError.self) { _ = try ProgrammeTable.load(csv: csv, file: "p.csv", columns: Self.long) }
        #expect(e?.description == "p.csv: several rows for the same programme and region: PKH in A1 (lines 2, 3, 4)")
        let withYear = ProgrammeColumns(layout: .long(programme: "programme", amount: "amount"), code: "code", year: "year")
        let e2 = thrown(ProgrammeError.self) { _ = try ProgrammeTable.load(csv: csv, file: "p.csv", columns: withYear) }
        #expect(e2 == .duplicateRows(file: "p.csv", [DuplicateAllocation(programme: "PKH", code: "A1", year: "2023", lines: [2, 4])]))
        #expect(e2?.description == "p.csv: several rows for the same programme and region: PKH in A1 for 2023 (lines 2, 4)")
    }

    @Test("negative and non-numeric amounts name the file, line and column")
    func badAmounts() throws {
        let negative = thrown(ProgrammeError.self) {
            _ = try ProgrammeTable.load(csv: "programme,code,amount\nPKH,A1,1\nPKH,B1,-3\n", file: "p.csv", columns: Self.long)
        }
        #expect(negative?.description == "p.csv:3: column 3 'amount': negative amount -3 is not allowed")
        let text = thrown(ProgrammeError.self) {
            _ = try ProgrammeTable.load(csv: "code,PKH\nA1,1.000.000\n", file: "w.csv", columns: ProgrammeColumns(layout: .wide(programmes: nil)))
        }
        #expect(text == .invalidNumber(file: "w.csv", line: 2, column: "PKH", columnNumber: 2, text: "1.000.000"))
    }

    @Test("unknown columns, an unknown year and unknown core programmes are clear errors")
    func otherErrors() throws {
        let e = thrown(ProgrammeError.self) {
            _ = try ProgrammeTable.load(csv: "program,code,amount\nPKH,A1,1\n", file: "p.csv", columns: Self.long)
        }
        #expect(e?.description == "p.csv: no programme column 'programme'; available columns: program, code, amount")
        let year = ProgrammeColumns(layout: .long(programme: "programme", amount: "amount"), code: "code", year: "year", yearFilter: "2030")
        let e2 = thrown(ProgrammeError.self) {
            _ = try ProgrammeTable.load(csv: "programme,code,amount,year\nPKH,A1,1,2023\nPKH,A1,1,2024\n", file: "p.csv", columns: year)
        }
        #expect(e2?.description == "p.csv: no rows for year 2030 (years found: 2023, 2024)")
        let table = try ProgrammeTable.load(csv: "programme,code,amount\nPKH,A1,1\n", file: "p.csv", columns: Self.long)
        let e3 = thrown(ProgrammeError.self) {
            _ = try Convergence.analyse(try Fixture.select(), regions: Fixture.regions, programmes: table,
                                        options: ConvergenceOptions(core: ["PKH", "KIS"]))
        }
        #expect(e3?.description == "p.csv: no programme 'KIS'; programmes: PKH")
    }
}
