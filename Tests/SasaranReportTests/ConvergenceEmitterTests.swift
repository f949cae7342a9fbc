import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import Sasaran
@testable import SasaranReport

@Suite("Convergence emitters")
struct ConvergenceEmitterTests {
    /// Two districts, one named like a formula and one like markup; programme "=SUM(A1)" reaches the first only.
    static func report() throws -> ConvergenceReport {
        let regions = [
            JoinedRegion(key: RegionKey(code: "A1", name: "=HYPERLINK(\"x\")", parent: "A"), value: 60),
            JoinedRegion(key: RegionKey(code: "B1", name: "<script>alert(1)</script>", parent: "B"), value: 40),
        ]
        let selection = try Targeting.select(regions, request: TargetingRequest(rule: .coverage(0.9)))
        let table = ProgrammeTable(file: "p.csv", unit: "IDR", allocations: [
            ProgrammeAllocation(programme: "=SUM(A1)", code: "A1", amount: 30), ProgrammeAllocation(programme: "=SUM(A1)", code: "B1", amount: 10),
        ])
        return try Convergence.analyse(selection, regions: regions, programmes: table)
    }

    @Test("CSV guards formulas, HTML escapes markup and is well-formed, JSON carries the shares")
    func formats() throws {
        let report = try Self.report()
        let csv = try ConvergenceEmitter.render(report, scenario: "s", format: .csv)
        #expect(csv.contains("'=HYPERLINK"))
        #expect(csv.contains("amount_=SUM(A1)"))
        let programmes = try ConvergenceEmitter.render(report, scenario: "s", format: .csv, csvTable: .programmes)
        #expect(programmes.contains("1,'=SUM(A1),true,40,40,0,1,0,1,1,2,2,0,0.4,,"))
        let md = try ConvergenceEmitter.render(report, scenario: "s", format: .md)
        #expect(md.contains("\\=HYPERLINK"))
        let html = try ConvergenceHTML.section(report, scenario: "<b>s</b>")
        #expect(!html.contains("<script>") && html.contains("&lt;script&gt;"))
        #expect(!html.contains("<b>s</b>"))
        #expect(XMLDocumentCheck.isWellFormed(html))
        let json = try ConvergenceEmitter.render(report, scenario: "s", format: .json)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let phase = try #require((object["phases"] as? [[String: Any]])?.first)
        let programme = try #require((phase["programmes"] as? [[String: Any]])?.first)
        #expect(programme["shareInside"] as? Double == 1)
        #expect(programme["amountPerPoorOutside"] is NSNull)
        #expect(try ConvergenceEmitter.render(report, scenario: "s", format: .json) == json)
    }
}

/// Well-formedness through Foundation's XML parser.
enum XMLDocumentCheck {
    static func isWellFormed(_ text: String) -> Bool {
        XMLParser(data: Data(text.utf8)).parse()
    }
}
