import Testing
import Sasaran
@testable import SasaranReport

@Suite("Markdown output")
struct MarkdownEmitterTests {
    @Test("title, paragraph, list, provinces, inputs and the notice")
    func summary() throws {
        let result = try ReportFixture.run()
        let md = try PriorityListEmitter.render(result, format: .md, options: EmitOptions(notice: "Boundaries are schematic"))
        #expect(md.hasPrefix("# Priority list: fixture 2023\n"))
        #expect(md.contains("> **Note:** Boundaries are schematic"))
        #expect(md.contains("`miskin` (tahun=2023)"))
        #expect(md.contains("Target: 75.00%"))
        #expect(md.contains("**3 regions** cover 80.50% (80.5)"))
        #expect(md.contains("the marginal region, which crosses the target, is \\-3.5 (B.02): 10.5, reaching 80.50%."))
        #expect(md.contains(#"|    1 | A.01 | \=HYPERLINK("http://x","y") | A        |  40.0 |   40.00 |        40.00 |"#))
        #expect(md.contains(#"Timur \| Tengah"#))
        #expect(md.contains("| B.02 | -3.5                        |"))
        #expect(md.contains("2 of 3 provinces touched."))
        #expect(md.contains("| A        |        1 |   3 |          40.0 |           55.0 |               72.73 |"))
        for input in result.manifest.inputs { #expect(md.contains(input.sha256)) }
        #expect(!md.contains("## Phases"))
        #expect(!md.contains("## Not met"))
    }

    @Test("without a notice there is no note")
    func noNotice() throws {
        let md = try PriorityListEmitter.render(try ReportFixture.run(), format: .md)
        #expect(!md.contains("Note:"))
    }

    @Test("phases and unmet constraints get their sections")
    func phasesAndUnmet() throws {
        let md = try PriorityListEmitter.render(try ReportFixture.run(ReportFixture.phasedRequest), format: .md)
        #expect(md.contains("## Phases"))
        #expect(md.contains("## Not met"))
        #expect(md.contains("| Phase |"))
    }

    @Test("escaping")
    func escape() {
        #expect(MarkdownEmitter.escape("a|b") == #"a\|b"#)
        #expect(MarkdownEmitter.escape("=SUM(1)") == #"\=SUM(1)"#)
        #expect(MarkdownEmitter.escape("-3.5") == "-3.5")
        #expect(MarkdownEmitter.escape("x_y*z") == #"x\_y\*z"#)
        #expect(MarkdownEmitter.escape("two\nlines") == "two lines")
    }
}
