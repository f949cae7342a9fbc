import Foundation
import Testing
import TestSupport
import Sasaran
@testable import SasaranReport

@Suite("Real data: the 2023 priority list of the 514 districts", SharedData.required)
struct RealDataReportTests {
    static func run() throws -> RunResult {
        let scenario = Scenario(
            name: "BPS 2023, 75%",
            boundaries: BoundaryInput(path: try SharedData.path("idn/boundaries/shp/kabkota_2025.shp"),
                                      options: LayerOptions(codeField: "KODE_KMD", nameField: "NAMA", parent: .field("KODE_PROV"))),
            indicators: IndicatorInput(path: try SharedData.path("idn/poverty/bps_poverty_kabkota_2015_2025.csv"),
                                       columns: IndicatorColumns(code: "kode_kemendagri_2025", value: "jumlah_miskin_ribu",
                                                                 filters: [RowFilter(column: "tahun", value: "2023")])),
            request: TargetingRequest(rule: .coverage(0.75)))
        return try ScenarioRunner.run(scenario)
    }

    /// The list computed without the engine: split lines, keep 2023, sort by value (ties by
    /// code), cumulative sum until 75%.
    static func reference() throws -> [(code: String, value: Double, cumulative: Double)] {
        let text = try String(contentsOfFile: try SharedData.path("idn/poverty/bps_poverty_kabkota_2015_2025.csv"), encoding: .utf8)
        var items: [(code: String, value: Double)] = []
        for line in text.split(whereSeparator: \.isNewline).dropFirst() {
            let f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard f[4] == "2023", let value = Double(f[6]) else { continue }
            items.append((f[0], value))
        }
        items.sort { $0.value != $1.value ? $0.value > $1.value : $0.code < $1.code }
        let total = items.reduce(0) { $0 + $1.value }
        var sum = 0.0
        var list: [(String, Double, Double)] = []
        for item in items {
            sum += item.value
            list.append((item.code, item.value, sum / total))
            if sum / total >= 0.75 - 1e-12 { break }
        }
        return list
    }

    @Test("JSON: the list equals an independent sort and cumulative sum; marginal and provinces follow")
    func json() throws {
        let result = try Self.run()
        let json = try JSONSerialization.jsonObject(with: Data(try PriorityListEmitter.render(result, format: .json).utf8)) as! [String: Any]
        let expected = try Self.reference()
        let selected = json["selected"] as! [[String: Any]]
        #expect(selected.map { $0["code"] as! String } == expected.map(\.code))
        #expect(selected.map { $0["value"] as! Double } == expected.map(\.value))
        #expect(selected.map { $0["rank"] as! Int } == Array(1...expected.count))
        for (entry, want) in zip(selected, expected) {
            #expect(abs(entry["cumulativeShare"] as! Double - want.cumulative) < 1e-9)
        }
        #expect(json["marginal"] as? String == expected.last?.code)
        #expect(json["count"] as? Int == expected.count)
        #expect(json["target"] as? Double == 0.75)
        #expect((json["coverage"] as! Double) >= 0.75)
        let parents = Set(selected.map { $0["parent"] as! String })
        #expect(json["parentsTouched"] as? [String] == parents.sorted())
        #expect(parents == Set(expected.map { String($0.code.prefix(2)) }))
    }

    @Test("every format renders, deterministically; GeoJSON parses")
    func formats() throws {
        let result = try Self.run()
        for format in PriorityListEmitter.formats where format != .postgis {
            let bytes = try PriorityListEmitter.renderBytes(result, format: format, options: EmitOptions(allRegions: format == .geojson))
            #expect(bytes == (try PriorityListEmitter.renderBytes(result, format: format, options: EmitOptions(allRegions: format == .geojson))), "\(format)")
        }
        let geojson = try PriorityListEmitter.render(result, format: .geojson, options: EmitOptions(allRegions: true))
        let root = try JSONSerialization.jsonObject(with: Data(geojson.utf8)) as! [String: Any]
        #expect((root["features"] as! [Any]).count == 514)
        let csv = try PriorityListEmitter.render(result, format: .csv)
        #expect(csv.split(separator: "\n").count == result.selection.entries.count + 1)
    }
}
