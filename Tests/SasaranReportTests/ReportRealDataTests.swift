import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import TestSupport
import Sasaran
@testable import SasaranReport

@Suite("HTML report on the real 514 districts", SharedData.required)
struct ReportRealDataTests {
    /// BPS 2023, 75% of the poor by count (the list suite's run), with the implied population so
    /// the curve has the rate ranking too.
    static func run() throws -> RunResult {
        var scenario = try RealDataReportTests.run().scenario
        scenario.indicators.columns.population = "penduduk_implied_ribu"
        return try ScenarioRunner.run(scenario)
    }

    @Test("well-formed, 514 paths, the list's count coloured, the curve reaches the target, under 2 MB")
    func report() throws {
        let result = try Self.run()
        #expect(result.layer.regions.count == 514)
        let parsed = try ReportTests.checkStructure(result)
        let bytes = parsed.page.utf8.count
        #expect(bytes < 2_000_000, "report is \(bytes) bytes")
        #expect(try ReportXML.elements("polyline", in: parsed.curve, where: "[@id='curve-rate']").count == 1)
        // 38 provinces dissolved into one border path.
        #expect(try ReportXML.elements("path", in: parsed.map, where: "[@class='pb']").count == 1)
        #expect(!parsed.page.contains("schematic-notice"))
        #expect(parsed.page.contains("wilayah_boundaries") && parsed.page.contains("Sumber: BPS"))
        let svg = try PriorityListEmitter.render(result, format: .svg)
        #expect(svg.utf8.count < 2_000_000)
        _ = try ReportXML.parse(svg)
    }
}

@Suite("HTML report on the embedded schematic default")
struct ReportSchematicDefaultTests {
    static func run(phased: Bool = false) throws -> RunResult {
        let folder = SharedData.projectRoot.appendingPathComponent("Shapefiles")
        let request = phased ? TargetingRequest(phases: [
            Phase(name: "7 provinces x 5", rule: .constraintsOnly, constraints: Constraints(focusParents: ["32", "33", "35", "53", "81", "91", "92"], maxPerParent: 5)),
            Phase(name: "75% nationally", rule: .coverage(0.75)),
        ]) : TargetingRequest(rule: .coverage(0.75))
        let scenario = Scenario(
            name: "default 2025",
            boundaries: BoundaryInput(path: folder.appendingPathComponent("idn_kabkota_schematic.shp").path,
                                      options: LayerOptions(codeField: "KODE_KMD", nameField: "NAMA", parent: .field("KODE_PROV"))),
            indicators: IndicatorInput(path: folder.appendingPathComponent("bps_poverty_kabkota_2015_2025.csv").path,
                                       columns: IndicatorColumns(code: "kode_kemendagri_2025", value: "jumlah_miskin_ribu",
                                                                 population: "penduduk_implied_ribu",
                                                                 filters: [RowFilter(column: "tahun", value: phased ? "2021" : "2025")]),
                                       missing: .skip),
            request: request)
        return try ScenarioRunner.run(scenario)
    }

    @Test("the schematic notice is in the page, in the map and in the standalone SVG, in both languages")
    func notice() throws {
        let result = try Self.run()
        let parsed = try ReportTests.checkStructure(result)
        #expect(result.layer.regions.count == 514)
        let notice = try #require(try ReportXML.elements("div", in: parsed.document, where: "[@id='schematic-notice']").first?.stringValue)
        #expect(notice.contains("SCHEMATIC"))
        let mapTexts = try ReportXML.elements("p", in: parsed.document, where: "[@class='legend-warn']").compactMap(\.stringValue)
        #expect(mapTexts.contains { $0.contains("SCHEMATIC") })
        #expect(try PriorityListEmitter.render(result, format: .svg).contains("SCHEMATIC boundaries"))
        #expect(parsed.page.contains("Province name"), "NAMA_PROV is shown")
        let indonesian = try HTMLReport.render(result, options: ReportOptions(language: .id))
        #expect(indonesian.contains("SKEMATIS"))
        // An explicit option wins over the file name.
        #expect(!(try HTMLReport.render(result, options: ReportOptions(schematic: false))).contains("schematic-notice"))
    }

    @Test("the 2021 design with two phases: coloured by phase")
    func phased() throws {
        let result = try Self.run(phased: true)
        let parsed = try ReportTests.checkStructure(result)
        let classes = Set(try ReportXML.elements("path", in: parsed.map, where: "[@data-rank]").compactMap { ReportXML.attribute($0, "class") })
        #expect(classes == ["p0", "p1"])
    }
}
