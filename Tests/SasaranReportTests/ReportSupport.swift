import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Sasaran
import SasaranReport
import TestSupport

/// Reading the HTML report and its SVGs back for the report tests: the page parsed as XML
/// (it is written to be well-formed), and XPath helpers that ignore the SVG namespace.
enum ReportXML {
    /// Parses `text` (a page or an SVG) as XML; throws when it is not well-formed.
    static func parse(_ text: String) throws -> XMLDocument {
        try XMLDocument(data: Data(text.utf8), options: [])
    }

    /// Elements named `name` anywhere under `node`, whatever their namespace. (On Linux, a path
    /// from a document node must start with `//`, not `.//`.)
    static func elements(_ name: String, in node: XMLNode, where condition: String = "") throws -> [XMLElement] {
        let from = node is XMLDocument ? "//" : ".//"
        return try node.nodes(forXPath: "\(from)*[local-name()='\(name)']\(condition)").compactMap { $0 as? XMLElement }
    }

    /// The `<svg>…</svg>` element with `class="CLASS"` cut out of the page as text.
    static func svgText(_ page: String, class cssClass: String) -> String? {
        guard let start = page.range(of: "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"\(cssClass)\""),
              let end = page.range(of: "</svg>", range: start.upperBound..<page.endIndex) else { return nil }
        return String(page[start.lowerBound..<end.upperBound])
    }

    /// An attribute's value (looked up in the list: `attribute(forName:)` finds nothing on Linux).
    static func attribute(_ element: XMLElement, _ name: String) -> String? {
        element.attributes?.first { $0.name == name }?.stringValue
    }
}

/// A small layer whose names try to break out of HTML and SVG, for the escaping tests.
enum HostileFixture {
    static let script = "<script>alert(1)</script>"
    static let names = [
        "H.01": script,
        "H.02": #"Kota "Baru" & 'Lama' </title><b>x</b>"#,
        "H.03": "]]><!-- --> Teluk",
        "I.01": "Pulau\u{0001}Kecil",
    ]

    static let folder: URL = {
        let folder = try! SharedData.temporaryFolder()
        func square(_ x: Double, _ y: Double) -> String { "[[[\(x),\(y)],[\(x + 1),\(y)],[\(x + 1),\(y + 1)],[\(x),\(y + 1)],[\(x),\(y)]]]" }
        func escapeJSON(_ text: String) -> String {
            var out = ""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
                default: out.unicodeScalars.append(scalar)
                }
            }
            return out
        }
        let layout: [(String, String, Double, Double)] = [("H.01", "H", 100, 0), ("H.02", "H", 101, 0), ("H.03", "H", 102, 0), ("I.01", "<i>", 103, 1)]
        let features = layout.map { code, parent, x, y in
            #"{"type":"Feature","properties":{"code":"\#(code)","name":"\#(escapeJSON(names[code]!))","prov":"\#(parent)"},"geometry":{"type":"Polygon","coordinates":\#(square(x, y))}}"#
        }
        try! (#"{"type":"FeatureCollection","features":["# + features.joined(separator: ",\n") + "]}\n")
            .write(to: folder.appendingPathComponent("hostile.geojson"), atomically: true, encoding: .utf8)
        try! "code,miskin\nH.01,50\nH.02,30\nH.03,15\nI.01,5\n"
            .write(to: folder.appendingPathComponent("hostile.csv"), atomically: true, encoding: .utf8)
        return folder
    }()

    static func run() throws -> RunResult {
        let scenario = Scenario(
            name: "<b>scenario</b> & co",
            boundaries: BoundaryInput(path: folder.appendingPathComponent("hostile.geojson").path,
                                      options: LayerOptions(codeField: "code", nameField: "name", parent: .field("prov"))),
            indicators: IndicatorInput(path: folder.appendingPathComponent("hostile.csv").path,
                                       columns: IndicatorColumns(code: "code", value: "miskin")),
            request: TargetingRequest(rule: .coverage(0.75)))
        return try ScenarioRunner.run(scenario)
    }
}
