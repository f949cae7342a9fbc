import Testing
import Sasaran
@testable import SasaranReport

@Suite("Same input, same bytes")
struct DeterminismTests {
    @Test("two runs give byte-identical output in every text format", arguments: PriorityListEmitter.formats.filter { !$0.isBinary && $0 != .postgis })
    func twice(format: OutputFormat) throws {
        for allRegions in [false, true] {
            let options = EmitOptions(allRegions: allRegions, notice: "Boundaries are schematic")
            let first = try PriorityListEmitter.render(try ReportFixture.run(), format: format, options: options)
            let second = try PriorityListEmitter.render(try ReportFixture.run(), format: format, options: options)
            #expect(Array(first.utf8) == Array(second.utf8))
            #expect(first.hasSuffix("\n"))
            #expect(!first.contains("nan") && !first.contains("inf"))
        }
    }

    @Test("every format of a list has its file extension, and an extension names its format")
    func extensions() {
        #expect(PriorityListEmitter.formats.map { $0.fileExtensions.first ?? "PG:" } == ["txt", "csv", "json", "geojson", "md", "svg", "html", "xlsx", "pdf", "gpkg", "PG:"])
        #expect(OutputFormat.named(byExtensionOf: "PG:host=db.example dbname=plans") == .postgis)
        for format in OutputFormat.allCases {
            for ext in format.fileExtensions { #expect(OutputFormat.named(byExtensionOf: "out/list.\(ext.uppercased())") == format) }
        }
        #expect(OutputFormat.named(byExtensionOf: "list.geo.json") == .geojson)
        #expect(OutputFormat.named(byExtensionOf: "list.xyz") == nil)
        #expect(OutputFormat.named(byExtensionOf: "folder.d/list") == nil)
    }

    @Test("two runs give byte-identical workbooks, PDFs and GeoPackages", arguments: [OutputFormat.xlsx, .pdf, .gpkg])
    func twiceBinary(format: OutputFormat) throws {
        let options = EmitOptions(notice: "=cmd|' /C calc'!A0", title: "<b>Annex</b>")
        let first = try PriorityListEmitter.renderBytes(try ReportFixture.run(), format: format, options: options)
        let second = try PriorityListEmitter.renderBytes(try ReportFixture.run(), format: format, options: options)
        #expect(!first.isEmpty && first == second)
    }
}
