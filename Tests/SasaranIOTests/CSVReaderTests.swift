import Foundation
import Testing
import TestSupport
@testable import SasaranIO

private func read(_ text: String, delimiter: CSVDelimiter? = nil) throws -> CSVTable {
    try CSVReader(bytes: Array(text.utf8), file: "t.csv", delimiter: delimiter).readAll()
}

private func error(_ body: () throws -> Void) -> CSVError? {
    do { try body() } catch let e as CSVError { return e } catch { Issue.record("unexpected \(error)") }
    return nil
}

@Suite("CSV reader")
struct CSVReaderTests {
    @Test("reads a header and comma-separated rows")
    func basic() throws {
        let t = try read("code,value\nA,1\nB,2\n")
        #expect(t.header == ["code", "value"])
        #expect(t.rows == [["A", "1"], ["B", "2"]])
        #expect(t.lines == [2, 3])
    }

    @Test("tolerates a UTF-8 byte-order mark")
    func bom() throws {
        let reader = try CSVReader(bytes: [0xEF, 0xBB, 0xBF] + Array("kode;nilai\n11.01;3\n".utf8))
        #expect(reader.hadByteOrderMark)
        #expect(reader.header == ["kode", "nilai"])
        #expect(reader.delimiter == .semicolon)
    }

    @Test("detects comma, semicolon and tab from the header line")
    func detection() throws {
        #expect(try CSVReader(bytes: Array("a,b;c\n".utf8)).delimiter == .comma)
        #expect(try CSVReader(bytes: Array("a;b;c,d\n".utf8)).delimiter == .semicolon)
        #expect(try CSVReader(bytes: Array("a\tb\tc\n".utf8)).delimiter == .tab)
        #expect(try CSVReader(bytes: Array("\"a;b\",c\n".utf8)).delimiter == .comma)
        #expect(try CSVReader(bytes: Array("single\n".utf8)).delimiter == .comma)
    }

    @Test("uses a given delimiter instead of detecting")
    func givenDelimiter() throws {
        let t = try read("a;b,c\n1;2,3\n", delimiter: .comma)
        #expect(t.header == ["a;b", "c"])
        #expect(t.rows == [["1;2", "3"]])
    }

    @Test("RFC 4180 quoting: delimiters, doubled quotes and newlines inside quotes")
    func quoting() throws {
        let t = try read("name,note\n\"Kota, Besar\",\"say \"\"hi\"\"\"\n\"two\nlines\",x\nlast,\"\"\n")
        #expect(t.rows == [["Kota, Besar", "say \"hi\""], ["two\nlines", "x"], ["last", ""]])
        #expect(t.lines == [2, 3, 5])
    }

    @Test("CRLF and lone CR line ends")
    func lineEnds() throws {
        let t = try read("a,b\r\n1,2\r\n3,\"x\r\ny\"\r\n")
        #expect(t.rows == [["1", "2"], ["3", "x\r\ny"]])
        #expect(t.lines == [2, 3])
        let cr = try read("a,b\r1,2\r3,4")
        #expect(cr.rows == [["1", "2"], ["3", "4"]])
    }

    @Test("trailing empty fields, missing final newline and blank lines")
    func edges() throws {
        let t = try read("a,b,c\n1,,\n\n2,3,4")
        #expect(t.rows == [["1", "", ""], ["2", "3", "4"]])
        #expect(t.lines == [2, 4])
    }

    @Test("header names are trimmed; a quote inside an unquoted field is literal")
    func lenient() throws {
        let t = try read(" code , value\nA,5\" screen\n")
        #expect(t.header == ["code", "value"])
        #expect(t.rows == [["A", "5\" screen"]])
    }

    @Test("duplicate header names are an error naming both columns")
    func duplicateHeader() {
        let e = error { _ = try read("code,value,code\n1,2,3\n") }
        #expect(e == .duplicateHeader(file: "t.csv", name: "code", columns: [1, 3]))
        #expect(e?.description.contains("duplicate column name 'code'") == true)
    }

    @Test("a row with the wrong number of fields names file and line")
    func fieldCount() {
        let e = error { _ = try read("a,b\n1,2\n\"x\ny\",2\n1,2,3\n") }
        #expect(e == .fieldCountMismatch(file: "t.csv", line: 5, expected: 2, found: 3))
        #expect(e?.description == "t.csv:5: expected 2 fields as in the header, found 3")
    }

    @Test("invalid UTF-8 is an error naming the line")
    func invalidUTF8() {
        let bytes = Array("a,b\n1,2\n".utf8) + [0x43, 0xE9, 0x2C, 0x31, 0x0A]
        let e = error { _ = try CSVReader(bytes: bytes, file: "latin1.csv") }
        #expect(e == .invalidUTF8(file: "latin1.csv", line: 3, byteOffset: 9))
        #expect(e?.description.hasPrefix("latin1.csv:3: invalid UTF-8") == true)
    }

    @Test("valid multi-byte UTF-8 passes; overlong and surrogate forms fail")
    func utf8Forms() throws {
        let t = try read("nama\nSumatera Utara ✓ 東 😀\n")
        #expect(t.rows == [["Sumatera Utara ✓ 東 😀"]])
        #expect(error { _ = try CSVReader(bytes: Array("a\n".utf8) + [0xC0, 0xAF]) } != nil)
        #expect(error { _ = try CSVReader(bytes: Array("a\n".utf8) + [0xED, 0xA0, 0x80]) } != nil)
        #expect(error { _ = try CSVReader(bytes: Array("a\n".utf8) + [0xF0, 0x9F, 0x98]) } != nil)
    }

    @Test("UTF-16 with its byte-order mark and Windows-1252 given with --encoding are read as UTF-8; odd UTF-16 is refused by name")
    func otherEncodings() throws {
        let text = "kode;nama\n32.01;Bogor é\n"
        let little = try CSVReader(bytes: [0xFF, 0xFE] + Array(text.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }, file: "w.csv")
        #expect(try little.readAll().rows == [["32.01", "Bogor é"]])
        let big = try CSVReader(bytes: [0xFE, 0xFF] + Array(text.utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }, file: "w.csv")
        #expect(try big.readAll().rows == [["32.01", "Bogor é"]])
        let windows = try CSVReader(bytes: Array("kode;nama\n32.01;Bogor ".utf8) + [0xE9, 0x0A], file: "w.csv", encoding: .windows1252)
        #expect(try windows.readAll().rows == [["32.01", "Bogor é"]])
        #expect(error { _ = try CSVReader(bytes: [0xFF, 0xFE, 0x61], file: "w.csv") }
                == .unsupportedEncoding(file: "w.csv", encoding: "not valid utf-16le"))
    }

    @Test("unterminated quote and stray characters after a closing quote are errors")
    func quoteErrors() {
        #expect(error { _ = try read("a,b\n1,\"open\n2,3\n") } == .unterminatedQuote(file: "t.csv", line: 2, column: 2))
        #expect(error { _ = try read("a,b\n\"x\"y,2\n") } == .unexpectedCharacterAfterQuote(file: "t.csv", line: 2, column: 1))
    }

    @Test("empty input has no header")
    func empty() {
        #expect(error { _ = try read("") } == .missingHeader(file: "t.csv"))
        #expect(error { _ = try read("\n\n") } == .missingHeader(file: "t.csv"))
    }

    @Test("unknown column lists the available ones")
    func unknownColumn() throws {
        let reader = try CSVReader(bytes: Array("id,lon,lat\n".utf8), file: "p.csv")
        #expect(try reader.columnIndex(of: "lat") == 2)
        let e = error { _ = try reader.columnIndex(of: "y") }
        #expect(e?.description == "p.csv: no column 'y'; available columns: id, lon, lat")
    }

    @Test("fast path hands byte slices and parses numbers without strings")
    func fastPath() throws {
        var text = "id,lon,lat\n"
        for i in 0..<1000 { text += "\(i),\(106.8 + Double(i) * 0.001),\(-6.2 - Double(i) * 0.001)\n" }
        let reader = try CSVReader(bytes: Array(text.utf8))
        var sumLon = 0.0, count = 0
        try reader.forEachRecord { r in
            #expect(r.count == 3)
            sumLon += try #require(r[1].double)
            count += 1
        }
        #expect(count == 1000)
        #expect(abs(sumLon - (106.8 * 1000 + 0.001 * 999 * 500)) < 1e-6)
    }

    @Test("reads a file from disk with its path in messages", SharedData.required)
    func realFile() throws {
        let url = try SharedData.require().appendingPathComponent("idn/poverty/bps_poverty_kabkota_2015_2025.csv")
        let reader = try CSVReader(contentsOf: url)
        #expect(reader.header.count == 8)
        var rows = 0
        try reader.forEachRecord { _ in rows += 1 }
        #expect(rows == 5651)
    }

    @Test("a million point rows parse in one pass (smoke timing; debug builds are slow)")
    func speed() throws {
        var bytes: [UInt8] = Array("id,lon,lat\n".utf8)
        bytes.reserveCapacity(32_000_000)
        for i in 0..<1_000_000 {
            bytes += Array("\(i),\(95 + Double(i % 4000) * 0.01),\(-11 + Double(i % 1700) * 0.01)\n".utf8)
        }
        let start = Date()
        let reader = try CSVReader(bytes: bytes)
        var n = 0
        var s = 0.0
        try reader.forEachRecord { r in
            s += (r[1].double ?? 0) + (r[2].double ?? 0)
            n += 1
        }
        let elapsed = Date().timeIntervalSince(start)
        #expect(n == 1_000_000)
        #expect(s.isFinite)
        print("1e6 point rows parsed in \(elapsed) s")
        #expect(elapsed < 60)
    }
}
