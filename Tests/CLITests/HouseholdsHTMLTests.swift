import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import TestSupport

/// The households section of the HTML report: present, with the run's figures, and maps whose
/// every district holds the JSON's gap and coverage (or is marked suppressed), on a synthetic
/// register of 100,000 households against the real 514 districts and the 75% list of 2025.
@Suite("sasaran households: the HTML section and its maps", PythonPeer.required)
struct HouseholdsHTMLTests {
    /// `(code, value)` of every path of the SVG with `id`.
    static func paths(_ html: String, map id: String) -> [(code: String, value: String)] {
        guard let start = html.range(of: "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"\(id)\""),
              let end = html.range(of: "</svg>", range: start.upperBound..<html.endIndex) else { return [] }
        let svg = String(html[start.lowerBound..<end.lowerBound])
        let expression = try! NSRegularExpression(pattern: #"<path class="[^"]*" data-code="([^"]*)" data-value="([^"]*)""#)
        return expression.matches(in: svg, range: NSRange(svg.startIndex..., in: svg)).map { match in
            (String(svg[Range(match.range(at: 1), in: svg)!]), String(svg[Range(match.range(at: 2), in: svg)!]))
        }
    }

    @Test("the section holds the nation's figures, and each district's gap and coverage on the maps")
    func sectionFigures() throws {
        let folder = try SharedData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let register = folder.appendingPathComponent("synthetic-register.csv").path
        _ = try PythonPeer.run("scripts/synthetic-register", ["100000", register, "--seed", "31",
                                                              "--data", SharedData.root.appendingPathComponent("idn").path])
        let list = try HouseholdsCommandTests.priorityList(in: folder)
        let html = folder.appendingPathComponent("households.html").path
        let json = folder.appendingPathComponent("households.json").path
        let run = try Sasaran.run(["households", "--register", register] + (try HouseholdsCommandTests.boundaryFlags())
            + ["--target", "desil<=1", "--programmes", "pkh,bpnt,pbi", "--priority", list, "--output", html, "--output", json])
        #expect(run.status == 0, "\(run.stderr)")
        let page = try String(contentsOfFile: html, encoding: .utf8)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: json))) as? [String: Any])
        #expect(page.contains("<section id=\"households\">"))
        let section = String(page[page.range(of: "<section id=\"households\">")!.lowerBound..<page.range(of: "</section>")!.upperBound])
        #expect(XMLParser(data: Data(section.utf8)).parse(), "the section is well-formed XML")

        // The nation: households, gap and each programme's coverage as the table shows them.
        func number(_ any: Any?) -> Double { (any as? NSNumber)?.doubleValue ?? .nan }
        #expect(page.contains("<li data-figure=\"households\"><strong>Households</strong> \(grouped(number(report["households"])))</li>"))
        let gap = number((report["gap"] as? [String: Any])?["households"])
        #expect(page.contains("<li data-figure=\"gap\"><strong>Gap</strong> \(grouped(gap)) households</li>"), "gap \(gap)")
        for p in report["programmes"] as? [[String: Any]] ?? [] {
            let name = p["name"] as? String ?? ""
            let coverage = String(format: "%.2f", number(p["coverage"]) * 100)
            #expect(page.contains("<tr data-programme=\"\(name)\"><td class=\"t\">\(name)</td><td>\(grouped(number(p["recipients"])))</td><td>\(coverage)</td>"),
                    "\(name) coverage \(coverage)")
        }

        // The maps: every district, its figure from the JSON.
        let districts = try #require(report["districts"] as? [[String: Any]])
        let byCode = Dictionary(uniqueKeysWithValues: districts.map { ($0["code"] as? String ?? "", $0) })
        let gapPaths = Self.paths(page, map: "households-gap-map")
        #expect(gapPaths.count >= 500)
        var mapped = 0, suppressed = 0
        for (code, value) in gapPaths {
            let d = try #require(byCode[code])
            guard d["priority"] as? Bool == true else { #expect(value == "", "\(code) outside the list: \(value)"); continue }
            let figure = (d["gap"] as? [String: Any])?["households"]
            if value == "suppressed" {
                #expect(figure is NSNull && (d["suppressed"] as? [String] ?? []).contains("gap.households"), "\(code)")
                suppressed += 1
            } else {
                #expect(Self.same(Double(value), number(figure)), "\(code): map \(value), JSON \(String(describing: figure))")
                mapped += 1
            }
        }
        #expect(mapped > 30)
        #expect(mapped + suppressed == districts.filter { $0["priority"] as? Bool == true }.count)
        for (k, name) in ["pkh", "bpnt", "pbi"].enumerated() {
            let coverage = Self.paths(page, map: "households-coverage-\(k)")
            #expect(coverage.count == gapPaths.count)
            for (code, value) in coverage {
                let d = try #require(byCode[code])
                let p = (d["programmes"] as? [[String: Any]] ?? []).first { $0["name"] as? String == name }
                if value == "suppressed" {
                    #expect((d["suppressed"] as? [String] ?? []).contains("programmes.\(name).coverage"), "\(code) \(name)")
                    suppressed += 1
                } else if value.isEmpty {
                    #expect(p?["coverage"] is NSNull, "\(code) \(name)")
                } else {
                    #expect(Self.same(Double(value), number(p?["coverage"])), "\(code) \(name): map \(value), JSON \(String(describing: p?["coverage"]))")
                }
            }
        }
        #expect(suppressed > 0, "small districts are marked suppressed on the maps")
    }

    /// Equal but for the last bit (Foundation's JSON reader does not always round correctly).
    static func same(_ a: Double?, _ b: Double) -> Bool {
        guard let a else { return false }
        return abs(a - b) <= 4e-16 * max(1, abs(b))
    }

    /// `1,234.5` as the table writes counts.
    func grouped(_ x: Double) -> String {
        let decimals = x.rounded() == x ? 0 : 1
        let formatter = NumberFormatter()
        formatter.numberStyle = .decimal
        formatter.minimumFractionDigits = decimals
        formatter.maximumFractionDigits = decimals
        formatter.locale = Locale(identifier: "en_US")
        return formatter.string(from: NSNumber(value: x)) ?? ""
    }
}
