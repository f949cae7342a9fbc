import Foundation
import Testing
import TestSupport

/// District names written by whoever made the boundary file end up in files other people open: a
/// spreadsheet (CSV), a browser (HTML report), an image viewer or a web page (SVG map). A name
/// that is markup or a formula must come out inert, end to end through `sasaran rank`.
@Suite("Names that are markup or formulas come out inert")
struct InjectionTests {
    static let script = "<script>alert(1)</script>"
    static let formula = "=HYPERLINK(\"http://x\",\"y\")"

    /// Three squares; two named with an attack, one in a province whose name is also markup.
    static func files() throws -> (folder: URL, boundaries: String, indicators: String) {
        let folder = try SharedData.temporaryFolder()
        func feature(_ code: String, _ name: String, _ x: Int) throws -> String {
            let properties = try JSONSerialization.data(withJSONObject: ["code": code, "name": name, "prov": "<b>P</b>"], options: [.sortedKeys])
            return """
            {"type":"Feature","properties":\(String(decoding: properties, as: UTF8.self)),"geometry":{"type":"Polygon","coordinates":[[[\(x),0],[\(x + 1),0],[\(x + 1),1],[\(x),1],[\(x),0]]]}}
            """
        }
        let layer = """
        {"type":"FeatureCollection","features":[
        \(try feature("1.01", script, 100)),
        \(try feature("1.02", formula, 101)),
        \(try feature("1.03", "Kabupaten Biasa", 102))
        ]}
        """
        let boundaries = folder.appendingPathComponent("districts.geojson").path
        try layer.write(toFile: boundaries, atomically: true, encoding: .utf8)
        let indicators = folder.appendingPathComponent("poor.csv").path
        try "code,value\n1.01,50\n1.02,30\n1.03,20\n".write(toFile: indicators, atomically: true, encoding: .utf8)
        return (folder, boundaries, indicators)
    }

    static func rank(_ files: (folder: URL, boundaries: String, indicators: String), _ extra: [String]) throws -> Sasaran.Result {
        try Sasaran.run(["rank", "--boundaries", files.boundaries, "--code-field", "code", "--name-field", "name",
                         "--parent-field", "prov", "--indicators", files.indicators, "--code-column", "code",
                         "--value", "value", "--target", "1"] + extra)
    }

    @Test("HTML report and SVG map: the script name is escaped text, never an element")
    func markup() throws {
        let files = try Self.files()
        let html = files.folder.appendingPathComponent("report.html").path
        let svg = files.folder.appendingPathComponent("map.svg").path
        let run = try Self.rank(files, ["--output", svg, "--report", html])
        #expect(run.status == 0, "\(run.stderr)")
        for path in [html, svg] {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            #expect(!text.contains(Self.script), "\(path) holds the name as markup")
            #expect(!text.contains("alert(1)</script>"), "\(path) closes a script element with the name")
            #expect(!text.contains("<b>P</b>"), "\(path) holds the province as markup")
            #expect(text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "\(path) lost the name")
            // The formula is harmless in markup, but its quotes must not end an attribute.
            #expect(!text.contains("\"http://x\""), "\(path) holds the formula's quotes raw")
        }
        // The report's own script is the only one.
        let report = try String(contentsOfFile: html, encoding: .utf8)
        #expect(report.components(separatedBy: "<script").count == 2)
    }

    @Test("CSV: a name that starts like a formula is prefixed with a quote, so a spreadsheet shows it as text")
    func csv() throws {
        let files = try Self.files()
        let csv = files.folder.appendingPathComponent("list.csv").path
        let run = try Self.rank(files, ["--output", csv])
        #expect(run.status == 0, "\(run.stderr)")
        let text = try String(contentsOfFile: csv, encoding: .utf8)
        let fields = text.split(separator: "\n").flatMap { line in line.split(separator: ",", omittingEmptySubsequences: false) }
        // No cell (quoted or not) starts with a formula character.
        for field in fields {
            let cell = field.hasPrefix("\"") ? field.dropFirst() : field[...]
            #expect(!["=", "+", "@"].contains(cell.first.map(String.init) ?? ""), "formula cell: \(field)")
        }
        #expect(text.contains("'=HYPERLINK(") , "\(text)")
        #expect(text.contains(Self.script), "the script name is plain text in CSV")
    }

    @Test("every command and emitter writes its files through the output transaction")
    func atomicWrites() throws {
        // A write that bypasses OutputTransaction (String.write, Data.write, FileManager.createFile,
        // fopen) could replace an input, or leave half a file behind when the process is killed.
        let commands = SharedData.projectRoot.appendingPathComponent("Sources")
        let enumerator = try #require(FileManager.default.enumerator(atPath: commands.path))
        var offenders: [String] = []
        for case let name as String in enumerator where name.hasSuffix(".swift") && !name.hasSuffix("Output/StagedFile.swift") {
            let text = try String(contentsOf: commands.appendingPathComponent(name), encoding: .utf8)
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where line.contains(".write(to") || line.contains(".write(toFile") || line.contains("createFile(atPath") || line.contains("fopen(") {
                offenders.append("\(name):\(number + 1): \(line.trimmingCharacters(in: .whitespaces))")
            }
        }
        #expect(offenders.isEmpty, "\(offenders.joined(separator: "\n"))")
    }
}
