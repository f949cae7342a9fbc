import Foundation
import Testing
@testable import SasaranReport

@Suite("Excel workbook limits and cells")
struct WorkbookLimitTests {
    @Test("a sheet beyond Excel's 1,048,576 rows is an error naming the sheet and the limit, before anything is written")
    func tooManyRows() throws {
        let rows = [[SheetTable.Cell]](repeating: [], count: XLSXWorkbook.maximumRows)
        let sheet = SheetTable(name: "List", columns: [.text("Code")], rows: rows)
        let workbook = XLSXWorkbook(sheets: [sheet], title: "t", subject: "s")
        let error = #expect(throws: XLSXError.self) { try workbook.validate() }
        #expect(error?.description.contains("\"List\" would have 1048577 rows; Excel holds at most 1048576") == true, "\(String(describing: error))")
        let fits = XLSXWorkbook(sheets: [SheetTable(name: "List", columns: [.text("Code")], rows: Array(rows.dropFirst()))], title: "t", subject: "s")
        #expect(throws: Never.self) { try fits.validate() }
    }

    @Test("sheet names lose the characters Excel forbids and are cut to 31 characters; empty columns are dropped")
    func names() {
        let sheet = SheetTable(name: "Run: manifest [a/b]*? and a very long tail", columns: [.text("a"), .integer("b")],
                               rows: [[.text("x"), .empty], [.text("y"), .empty]])
        #expect(sheet.name == "Run manifest ab and a very long")
        #expect(sheet.withoutEmptyColumns().columns.map(\.title) == ["a"])
    }

    @Test("a workbook is the same bytes when written twice, and a formula-like text is a string")
    func deterministic() throws {
        let sheet = SheetTable(name: "List", title: "=cmd|' /C calc'!A0", headingLines: [("Target", "75%")],
                               columns: [.text("Code"), .decimal("Value")], rows: [[.text("01.01"), .number(1.5)]])
        let workbook = XLSXWorkbook(sheets: [sheet], title: "t", subject: "s")
        let first = try workbook.bytes()
        #expect(first.starts(with: [0x50, 0x4B, 0x03, 0x04]), "a zip")
        #expect(try workbook.bytes() == first)
    }

    @Test("a CSV table becomes a sheet: quoted fields read back, numbers as numbers, codes and zero-led digits as text")
    func csvSheet() {
        let csv = "code,name,value,kode_bps,note\n01.01,\"Kota \"\"A\"\", B\",1.5,0101,-\n32.01,Bogor,-2e3,3201,\n"
        let sheet = CSVSheet.sheet(csv: csv, name: "t")
        #expect(sheet.columns.map(\.kind) == [.text, .text, .general, .text, .text])
        #expect(sheet.rows == [
            [.text("01.01"), .text("Kota \"A\", B"), .number(1.5), .text("0101"), .text("-")],
            [.text("32.01"), .text("Bogor"), .number(-2000), .text("3201"), .empty],
        ])
    }
}
