import Testing
import Sasaran
@testable import SasaranReport

@Suite("Same input, same bytes")
struct DeterminismTests {
    @Test("two runs give byte-identical output in every format", arguments: PriorityListFormat.allCases)
    func twice(format: PriorityListFormat) throws {
        for allRegions in [false, true] {
            let options = EmitOptions(allRegions: allRegions, notice: "Boundaries are schematic")
            let first = try PriorityListEmitter.render(try ReportFixture.run(), format: format, options: options)
            let second = try PriorityListEmitter.render(try ReportFixture.run(), format: format, options: options)
            #expect(Array(first.utf8) == Array(second.utf8))
            #expect(first.hasSuffix("\n"))
            #expect(!first.contains("nan") && !first.contains("inf"))
        }
    }

    @Test("every format has its file extension")
    func extensions() {
        #expect(PriorityListFormat.allCases.map(\.fileExtension) == ["txt", "csv", "json", "geojson", "md", "svg", "html"])
    }
}
