import Testing
import SasaranIO
@testable import Sasaran

@Suite("Indicator tables from CSV")
struct IndicatorTableTests {
    static let long = """
    kode,tahun,miskin,penduduk,skor
    A1,2020,40,400,1
    A1,2021,41,401,-2
    A2,2021,-,20,
    A3 ,2021,,50,3
    B1,2021,30.5,100,4

    """

    private func read(_ columns: IndicatorColumns) throws -> IndicatorTable {
        try IndicatorTable.load(csv: Self.long, file: "p.csv", columns: columns)
    }

    private func read(_ text: String, _ columns: IndicatorColumns) throws -> IndicatorTable {
        try IndicatorTable.load(csv: text, file: "p.csv", columns: columns)
    }

    @Test("code, value, population and extra columns, filtered by a where clause")
    func columns() throws {
        let t = try read(IndicatorColumns(code: "kode", value: "miskin", population: "penduduk", extra: ["skor"],
                                          filters: [RowFilter(column: "tahun", value: "2021")]))
        #expect(t.rows.map(\.code) == ["A1", "A2", "A3", "B1"])
        #expect(t.rows.map(\.value) == [41, nil, nil, 30.5])
        #expect(t.rows.map(\.population) == [401, 20, 50, 100])
        #expect(t.rows.map { $0.extras["skor"] } == [-2, nil, 3, 4])
        #expect(t.rows.map(\.line) == [3, 4, 5, 6])
        #expect(t.populationColumn == "penduduk")
    }

    @Test("several filters combine with AND; filters parse from COLUMN=VALUE")
    func filters() throws {
        let t = try read(IndicatorColumns(code: "kode", value: "miskin",
                                          filters: [try RowFilter(parsing: "tahun=2021"), try RowFilter(parsing: "kode = B1")]))
        #expect(t.rows.map(\.code) == ["B1"])
        #expect(thrown(IndicatorError.self) { _ = try RowFilter(parsing: "tahun2021") } == .invalidFilter("tahun2021"))
    }

    @Test("a number that does not parse names file, line and column; a ; file's decimal comma is detected")
    func invalidNumber() throws {
        let text = "kode;miskin\nA1;4\nA2;12,5\n"
        #expect(try read(text, IndicatorColumns(code: "kode", value: "miskin")).rows.map(\.value) == [4, 12.5])
        let pointColumns = IndicatorColumns(code: "kode", value: "miskin", reading: TableReadOptions(decimal: .point))
        let e2 = thrown(IndicatorError.self) { _ = try read(text, pointColumns) }
        #expect(e2 == .invalidNumber(file: "p.csv", line: 3, column: "miskin", columnNumber: 2, text: "12,5"))
        #expect(e2?.description == "p.csv:3: column 2 'miskin': '12,5' is not a number (use '-' or leave empty for a missing value)")
    }

    @Test("negative values are an error")
    func negative() {
        let e = thrown(IndicatorError.self) { _ = try read("kode,miskin\nA1,4\nA2,-3.5\n", IndicatorColumns(code: "kode", value: "miskin")) }
        #expect(e == .negativeValue(file: "p.csv", line: 3, column: "miskin", columnNumber: 2, value: -3.5))
        #expect(e?.description == "p.csv:3: column 2 'miskin': negative value -3.5 is not allowed")
    }

    @Test("an unknown column lists the available columns")
    func unknownColumn() {
        let e = thrown(IndicatorError.self) { _ = try read(IndicatorColumns(code: "kode", value: "jumlah")) }
        #expect(e == .unknownColumn(file: "p.csv", column: "jumlah", role: "value",
                                    available: ["kode", "tahun", "miskin", "penduduk", "skor"]))
        #expect(e?.description == "p.csv: no value column 'jumlah'; available columns: kode, tahun, miskin, penduduk, skor")
        #expect(thrown(IndicatorError.self) {
            _ = try read(IndicatorColumns(code: "kode", value: "miskin", filters: [RowFilter(column: "year", value: "1")]))
        }?.description.hasPrefix("p.csv: no filter column 'year'") == true)
    }

    @Test("an empty table, or a filter matching nothing, is an error that shows what is there")
    func empty() {
        #expect(thrown(IndicatorError.self) { _ = try read("kode,miskin\n", IndicatorColumns(code: "kode", value: "miskin")) }?
            .description == "p.csv: the table has no data rows")
        let e = thrown(IndicatorError.self) {
            _ = try read(IndicatorColumns(code: "kode", value: "miskin", filters: [RowFilter(column: "tahun", value: "2030")]))
        }
        #expect(e?.description == "p.csv: no rows match tahun=2030 (tahun has 2020, 2021)")
    }

    @Test("CSV syntax errors surface with file and line")
    func csvErrors() {
        let e = thrown(CSVError.self) { _ = try read("kode,miskin\nA1,4,9\n", IndicatorColumns(code: "kode", value: "miskin")) }
        #expect(e == .fieldCountMismatch(file: "p.csv", line: 2, expected: 2, found: 3))
    }

    @Test("crosswalk: loads from CSV, rejects a code mapped two ways")
    func crosswalk() throws {
        let cw = try Crosswalk.load(bytes: Array("bps,kmd\n1103,11.01\n1104, 11.02\n,11.03\n".utf8), file: "cw.csv", from: "bps", to: "kmd")
        #expect(cw.mapping == ["1103": "11.01", "1104": "11.02"])
        let e = thrown(IndicatorError.self) {
            _ = try Crosswalk.load(bytes: Array("bps,kmd\n1103,11.01\n1103,11.02\n".utf8), file: "cw.csv", from: "bps", to: "kmd")
        }
        #expect(e == .crosswalkConflict(file: "cw.csv", code: "1103", targets: ["11.01", "11.02"]))
    }
}
