import Testing
import Sasaran
@testable import SasaranReport

@Suite("CSV output")
struct CSVEmitterTests {
    @Test("header and rows, with formula, comma and quote names escaped")
    func rows() throws {
        let csv = try PriorityListEmitter.render(try ReportFixture.run(TargetingRequest(rule: .coverage(1))), format: .csv)
        let lines = csv.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines == [
            "rank,code,name,parent,parent_name,value,population,rate,share,cumulative_share,phase,phase_name,why",
            #"1,A.01,"'=HYPERLINK(""http://x"",""y"")",A,,40,400,0.1,0.4,0.4,1,phase 1,ranked"#,
            "2,B.01,Timur | Tengah,B,,30,100,0.3,0.3,0.7,1,phase 1,ranked",
            "3,B.02,-3.5,B,,10.5,40,0.2625,0.105,0.805,1,phase 1,ranked",
            #"4,A.02,"Kota ""Baru"", Utara",A,,10,20,0.5,0.1,0.905,1,phase 1,ranked"#,
            "5,A.03,Bélé Ñusa,A,,5,50,0.1,0.05,0.955,1,phase 1,ranked",
            "6,C.01,Pulau,C,,4.5,5,0.9,0.045,1,1,phase 1,ranked",
            "",
        ])
    }

    @Test("text cells: formulas guarded, plain numbers kept, RFC 4180 quoting")
    func cells() {
        #expect(CSVEmitter.text("=1+1") == "'=1+1")
        #expect(CSVEmitter.text("@SUM(A1)") == "'@SUM(A1)")
        #expect(CSVEmitter.text("+62 21 555") == "'+62 21 555")
        #expect(CSVEmitter.text("-") == "'-")
        #expect(CSVEmitter.text("\tx") == "'\tx")
        #expect(CSVEmitter.text("\rx") == "\"'\rx\"")
        #expect(CSVEmitter.text("-3.5") == "-3.5")
        #expect(CSVEmitter.text("+7") == "+7")
        #expect(CSVEmitter.text("1e5") == "1e5")
        #expect(CSVEmitter.text("a,b") == "\"a,b\"")
        #expect(CSVEmitter.text("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVEmitter.text("two\nlines") == "\"two\nlines\"")
        #expect(CSVEmitter.text("Kab. Bogor") == "Kab. Bogor")
    }
}
