import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import TestSupport
import Sasaran
@testable import SasaranReport

@Suite("The report's map numbers keyed to the list, on the real 514 districts", SharedData.required)
struct MapNumbersRealDataTests {
    @Test("every list row's number is on the map once (whole map or detail), at its own district")
    func numbersMatchRows() throws {
        let result = try ReportRealDataTests.run()
        let page = try HTMLReport.render(result)
        let document = try ReportXML.parse(page)
        let rows = try ReportXML.elements("tr", in: document, where: "[ancestor::*[@id='list-table']][parent::*[local-name()='tbody']]")
        #expect(rows.count == 184)
        // Row k of the list (from 1): its rank cell and its code cell.
        var codeOfRow: [Int: String] = [:]
        for (k, row) in rows.enumerated() {
            let cells = try ReportXML.elements("td", in: row).map { $0.stringValue ?? "" }
            #expect(cells[0] == String(k + 1))
            codeOfRow[k + 1] = cells[1]
        }
        let numbers = try ReportXML.elements("text", in: document, where: "[@class='nm']")
        var seen: [Int] = []
        for number in numbers {
            let shown = try #require(Int(number.stringValue ?? ""))
            #expect(ReportXML.attribute(number, "data-rank") == String(shown))
            #expect(ReportXML.attribute(number, "data-code") == codeOfRow[shown], "number \(shown)")
            seen.append(shown)
        }
        #expect(seen.sorted() == Array(1...184))
        // Java crowds: a detail map is drawn, framed on the whole map.
        #expect(page.contains("class=\"map detail\"") && page.contains("<rect class=\"frame\""))
    }
}

@Suite("Indonesian number forms")
struct IndonesianNumberTests {
    @Test("hand cases: dot thousands, comma decimals, signs, non-numbers untouched")
    func handCases() {
        #expect(NumberText.display(1234.56, form: .indonesian) == "1.234,56")
        #expect(NumberText.display(25898.89, form: .indonesian) == "25.898,89")
        #expect(NumberText.display(-1234567.5, form: .indonesian) == "-1.234.567,5")
        #expect(NumberText.display(999, form: .indonesian) == "999")
        #expect(NumberText.display(1000, form: .indonesian) == "1.000")
        #expect(NumberText.display(.nan, form: .indonesian) == "–")
        #expect(NumberText.percent(0.7504, form: .indonesian) == "75,04")
        #expect(NumberText.percentInText(0.75, form: .indonesian) == "75%")
        #expect(NumberText.display(column: [216.5, 1191], form: .indonesian) == ["216,5", "1.191,0"])
        #expect(NumberText.display(column: [216.25, 1191], form: .indonesian) == ["216,25", "1.191,00"])
        #expect(NumberText.integer(1_048_576, form: .indonesian) == "1.048.576")
        #expect(NumberText.localized("1.25e-05", .indonesian) == "1.25e-05")
        #expect(NumberText.display(1234.56, form: .plain) == "1234.56")
        #expect(NumberText.display(1234.56) == "1234.56")
    }
}

@Suite("A target not met, in the report's cards and the annex's title block", SharedData.required)
struct UnmetTargetTests {
    @Test("max 3 per province: the engine's statement in the target card and right after the target line")
    func unmetShown() throws {
        var scenario = try RealDataReportTests.run().scenario
        scenario.request.phases[0].constraints.maxPerParent = 3
        let result = try ScenarioRunner.run(scenario)
        let message = try #require(result.selection.unmet.first?.message)
        #expect(message.hasPrefix("target 75% not met: "))
        let page = try HTMLReport.render(result, options: ReportOptions(language: .id))
        let card = try #require(try ReportXML.elements("div", in: try ReportXML.parse(page), where: "[@id='unmet-card']").first)
        #expect(card.stringValue?.contains(message) == true)
        #expect(card.stringValue?.contains("75,00%") == true, "the target in the Indonesian form")
        let content = AnnexContent(result, options: EmitOptions(language: .id))
        let target = try #require(content.parameters.firstIndex { $0.label == "Target" })
        #expect(content.parameters[target + 1].label == "Tidak terpenuhi")
        #expect(content.parameters[target + 1].value == message)
        #expect(content.unmetLines == [target + 1])
        #expect(content.list.headingLines.contains { $0.value == message })
    }
}
