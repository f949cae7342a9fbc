import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import TestSupport
import Sasaran
@testable import SasaranReport

@Suite("HTML report and SVG map")
struct ReportTests {
    /// The page, parsed, with its map and curve.
    struct Parsed {
        var page: String
        var document: XMLDocument
        var map: XMLElement
        var curve: XMLElement
    }

    static func parsed(_ result: RunResult, options: ReportOptions = ReportOptions()) throws -> Parsed {
        let page = try HTMLReport.render(result, options: options)
        let document = try ReportXML.parse(page)
        let svgs = try ReportXML.elements("svg", in: document)
        let map = try #require(svgs.first { ReportXML.attribute($0, "class") == "map" })
        let curve = try #require(svgs.first { ReportXML.attribute($0, "class") == "curve" })
        return Parsed(page: page, document: document, map: map, curve: curve)
    }

    /// Checks what every report must hold, whatever the data: well-formed XML (the page and
    /// each SVG cut out alone), one path per region, as many coloured as the list has, a list
    /// table of the same length, and the curve's last selected point at or above the target.
    static func checkStructure(_ result: RunResult, options: ReportOptions = ReportOptions()) throws -> Parsed {
        let parsed = try parsed(result, options: options)
        for cssClass in ["map", "curve"] {
            let text = try #require(ReportXML.svgText(parsed.page, class: cssClass))
            _ = try ReportXML.parse(text)
        }
        let paths = try ReportXML.elements("path", in: parsed.map, where: "[@data-code]")
        #expect(paths.count == result.layer.regions.count)
        #expect(paths.compactMap { ReportXML.attribute($0, "data-code") } == result.layer.regions.map(\.code))
        let selected = paths.filter { ReportXML.attribute($0, "data-rank") != nil }
        #expect(selected.count == result.selection.entries.count)
        #expect(Set(selected.compactMap { ReportXML.attribute($0, "data-code") }) == Set(result.selection.codes))
        #expect(selected.allSatisfy { !["u", "n"].contains(ReportXML.attribute($0, "class")) })
        let rows = try ReportXML.elements("tr", in: parsed.document, where: "[ancestor::*[@id='list-table']][parent::*[local-name()='tbody']]")
        #expect(rows.count == result.selection.entries.count)

        let list = try #require(try ReportXML.elements("polyline", in: parsed.curve, where: "[@id='curve-list']").first)
        #expect(ReportXML.attribute(list, "data-count") == String(result.selection.entries.count))
        if let target = result.selection.target, result.selection.unmet.isEmpty {
            let line = try #require(try ReportXML.elements("line", in: parsed.curve, where: "[@id='curve-target']").first)
            let share = try #require(Double(ReportXML.attribute(list, "data-share") ?? ""))
            let wanted = try #require(Double(ReportXML.attribute(line, "data-target") ?? ""))
            #expect(wanted == target)
            #expect(share >= target - Targeting.epsilon)
            // On the drawing too: SVG y grows downwards, so at or above means a y at most the line's.
            let points = try #require(ReportXML.attribute(list, "points")).split(separator: " ")
            let lastY = try #require(Double(points.last!.split(separator: ",")[1]))
            let lineY = try #require(Double(ReportXML.attribute(line, "y1") ?? ""))
            #expect(lastY <= lineY + 0.1)
        }
        return parsed
    }

    @Test("the fixture's report is well-formed, draws every region and agrees with the list")
    func structure() throws {
        let result = try ReportFixture.run()
        let parsed = try Self.checkStructure(result)
        #expect(parsed.page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(try ReportXML.elements("path", in: parsed.map, where: "[@class='pb']").count == 1, "one path of province borders")
        // Self-contained: nothing is fetched.
        for needle in ["https://", "src=", "<link", "@import", "url(http"] {
            #expect(!parsed.page.contains(needle), "\(needle)")
        }
        // The rate curve: the fixture has a population column.
        #expect(try ReportXML.elements("polyline", in: parsed.curve, where: "[@id='curve-rate']").count == 1)
        #expect(try ReportXML.elements("polyline", in: parsed.curve, where: "[@id='curve-count']").count == 1)
        // The marginal region is marked on the curve and in the list.
        #expect(try ReportXML.elements("circle", in: parsed.curve, where: "[@id='curve-marginal']").count == 1)
        #expect(try ReportXML.elements("tr", in: parsed.document, where: "[@class='marg']").count == 1)
        // Tooltips: name, value, share, rank.
        let first = try #require(try ReportXML.elements("path", in: parsed.map, where: "[@data-code='A.01']").first)
        let tooltip = try #require(try ReportXML.elements("title", in: first).first?.stringValue)
        #expect(tooltip.contains(ReportFixture.names["A.01"]!))
        #expect(tooltip.contains("40") && tooltip.contains("40.00%") && tooltip.contains("Rank: 1"))
        let left = try #require(try ReportXML.elements("path", in: parsed.map, where: "[@data-code='C.01']").first)
        #expect(try ReportXML.elements("title", in: left).first?.stringValue?.contains("rank 6 of 6 by count (not selected)") == true)
        #expect(!parsed.page.contains("schematic-notice"), "real boundaries: no schematic notice")
    }

    @Test("the same run gives the same bytes")
    func deterministic() throws {
        let result = try ReportFixture.run()
        #expect(try HTMLReport.render(result) == HTMLReport.render(result))
        #expect(try PriorityListEmitter.render(result, format: .svg) == PriorityListEmitter.render(result, format: .svg))
    }

    @Test("without a population column there is no rate curve")
    func noRate() throws {
        let result = try HostileFixture.run()
        let parsed = try Self.checkStructure(result)
        #expect(try ReportXML.elements("polyline", in: parsed.curve, where: "[@id='curve-rate']").isEmpty)
    }

    @Test("a district named <script>alert(1)</script> comes out as inert text, in the page and the SVG")
    func escaping() throws {
        let result = try HostileFixture.run()
        let parsed = try Self.checkStructure(result)
        let page = parsed.page
        #expect(!page.contains(HostileFixture.script))
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(page.components(separatedBy: "<script").count == 2, "only the report's own script")
        #expect(!page.contains("<b>"), "neither the scenario's nor a name's markup")
        #expect(try ReportXML.elements("b", in: parsed.document).isEmpty)
        // Read back, the names are the original text (the control character made a space).
        let cells = Set(try ReportXML.elements("td", in: parsed.document).compactMap(\.stringValue))
        #expect(cells.contains(HostileFixture.script))
        #expect(cells.contains(HostileFixture.names["H.02"]!))
        let titles = try ReportXML.elements("title", in: parsed.map).compactMap(\.stringValue)
        #expect(titles.contains { $0.hasPrefix(HostileFixture.script + " (H.01)") })
        #expect(titles.contains { $0.hasPrefix(HostileFixture.names["H.03"]! + " (H.03)") })
        #expect(titles.contains { $0.hasPrefix("Pulau Kecil (I.01)") })
        // The standalone SVG too.
        let svg = try PriorityListEmitter.render(result, format: .svg)
        #expect(!svg.contains(HostileFixture.script))
        _ = try ReportXML.parse(svg)
        #expect(Markup.escape("a<b>&\"'\u{1}") == "a&lt;b&gt;&amp;&quot;&#39; ")
    }

    @Test("the standalone SVG map: XML with a declaration, every region, legend and title")
    func standaloneSVG() throws {
        let result = try ReportFixture.run()
        let svg = try PriorityListEmitter.render(result, format: .svg)
        #expect(svg.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""))
        let document = try ReportXML.parse(svg)
        #expect(document.rootElement()?.name == "svg")
        let paths = try ReportXML.elements("path", in: document, where: "[@data-code]")
        #expect(paths.count == 6)
        #expect(paths.filter { ReportXML.attribute($0, "data-rank") != nil }.count == 3)
        let texts = try ReportXML.elements("text", in: document).compactMap(\.stringValue)
        #expect(texts.contains("Priority list: fixture 2023"))
        #expect(texts.contains("Not selected"))
        #expect(texts.contains { $0.hasSuffix(" km") }, "a scale bar")
    }

    @Test("one phase: coloured by share in up to five classes, with a legend of share ranges")
    func sharesLegend() throws {
        let result = try ReportFixture.run()
        let parsed = try Self.parsed(result)
        let classes = try ReportXML.elements("path", in: parsed.map, where: "[@data-rank]").compactMap { ReportXML.attribute($0, "class") }
        #expect(classes.allSatisfy { $0.hasPrefix("s") })
        #expect(Set(classes).count == 3, "three selected regions with three shares")
        // The report writes the legend under the map as HTML.
        let texts = try ReportXML.elements("li", in: parsed.document, where: "[ancestor::*[@class='legend']]").compactMap(\.stringValue)
        #expect(texts.contains("Share of national total:"))
        #expect(texts.contains("40.00–40.00%"))
    }

    @Test("a scenario with phases is coloured by phase, with the phases in the legend and a table")
    func phases() throws {
        let result = try ReportFixture.run(ReportFixture.phasedRequest, name: "phased")
        let parsed = try Self.checkStructure(result)
        let selected = try ReportXML.elements("path", in: parsed.map, where: "[@data-rank]")
        let byPhase = Dictionary(grouping: selected, by: { ReportXML.attribute($0, "class") ?? "" }).mapValues(\.count)
        let phaseCounts = Dictionary(grouping: result.selection.entries, by: { MapStyle.phaseClass($0.phase) }).mapValues(\.count)
        #expect(byPhase == phaseCounts)
        #expect(Set(byPhase.keys) == ["p0", "p1"])
        // The report writes the legend under the map as HTML.
        let texts = try ReportXML.elements("li", in: parsed.document, where: "[ancestor::*[@class='legend']]").compactMap(\.stringValue)
        #expect(texts.contains("Phase 1: first") && texts.contains("Phase 2: second"))
        #expect(try ReportXML.elements("table", in: parsed.document, where: "[@id='phase-table']").count == 1)
        #expect(try ReportXML.elements("section", in: parsed.document, where: "[@id='unmet']").count == 1, "90% with one per parent is not met")
    }

    @Test("labels in Bahasa Indonesia with --lang id")
    func indonesian() throws {
        let result = try ReportFixture.run()
        let parsed = try Self.parsed(result, options: ReportOptions(language: .id))
        #expect(parsed.page.hasPrefix("<!DOCTYPE html>\n<html lang=\"id\">"))
        #expect(parsed.page.contains("<h1>Daftar prioritas: fixture 2023</h1>"))
        for label in ["Peta", "Kurva cakupan", "Provinsi", "Manifes proses", "Sumber data"] {
            #expect(parsed.page.contains("<h2>\(label)</h2>"), "\(label)")
        }
        #expect(!parsed.page.contains("<h2>Map</h2>"))
        // The report writes the legend under the map as HTML.
        let texts = try ReportXML.elements("li", in: parsed.document, where: "[ancestor::*[@class='legend']]").compactMap(\.stringValue)
        #expect(texts.contains("Tidak terpilih"))
    }

    @Test("the manifest, the attribution and a given notice are in the page")
    func manifestAndNotice() throws {
        let result = try ReportFixture.run()
        let notice = "Draft <not final> & unchecked"
        let page = try PriorityListEmitter.render(result, format: .html, options: EmitOptions(notice: notice))
        let document = try ReportXML.parse(page)
        for input in result.manifest.inputs {
            #expect(page.contains(input.sha256))
        }
        #expect(page.contains("Draft &lt;not final&gt; &amp; unchecked"))
        #expect(try ReportXML.elements("div", in: document, where: "[@id='notice']").first?.stringValue?.contains(notice) == true)
        let sources = try #require(try ReportXML.elements("section", in: document, where: "[@id='sources']").first?.stringValue)
        #expect(sources.contains("regions.geojson") && sources.contains("poverty.csv"))
        let custom = try HTMLReport.render(result, options: ReportOptions(attributions: ["Sumber: BPS"]))
        #expect(custom.contains("<li>Sumber: BPS</li>"))
        #expect(EmbeddedDefault.isSchematicLayer("x/Shapefiles/idn_kabkota_schematic.shp"))
        #expect(!EmbeddedDefault.isSchematicLayer("kabkota_2025.shp"))
    }
}
