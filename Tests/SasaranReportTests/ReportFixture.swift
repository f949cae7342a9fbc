import Foundation
import Sasaran
import SasaranReport
import TestSupport

/// A six-region layer (GeoJSON) and an indicator table (CSV, long, years 2022 and 2023) written
/// once to a temporary folder, and runs over them.
///
/// 2023 values (total 100), by count: A.01 40 (0.40), B.01 30 (0.70), B.02 10.5 (0.805),
/// A.02 10 (0.905), A.03 5 (0.955), C.01 4.5 (1.0). At 0.75 the list is A.01, B.01, B.02
/// (marginal), parents A and B. Names test escaping: a formula, a comma and quotes, UTF-8, a
/// pipe, a negative number. A.01's rings are written clockwise (shell) and counter-clockwise
/// (hole), the wrong way round for RFC 7946; B.01 has two parts.
enum ReportFixture {
    static let names = [
        "A.01": #"=HYPERLINK("http://x","y")"#,
        "A.02": #"Kota "Baru", Utara"#,
        "A.03": "Bélé Ñusa",
        "B.01": "Timur | Tengah",
        "B.02": "-3.5",
        "C.01": "Pulau",
    ]

    static let folder: URL = {
        let folder = try! SharedData.temporaryFolder()
        func square(_ x: Double, _ y: Double) -> String { "[[\(x),\(y)],[\(x + 1),\(y)],[\(x + 1),\(y + 1)],[\(x),\(y + 1)],[\(x),\(y)]]" }
        func feature(_ code: String, _ parent: String, _ geometry: String) -> String {
            let name = names[code]!.replacingOccurrences(of: "\"", with: "\\\"")
            return #"{"type":"Feature","properties":{"code":"\#(code)","name":"\#(name)","prov":"\#(parent)"},"geometry":\#(geometry)}"#
        }
        let features = [
            feature("A.01", "A", #"{"type":"Polygon","coordinates":[[[100,-5],[100,-4],[101,-4],[101,-5],[100,-5]],[[100.25,-4.75],[100.75,-4.75],[100.75,-4.25],[100.25,-4.25],[100.25,-4.75]]]}"#),
            feature("A.02", "A", #"{"type":"Polygon","coordinates":[[[101,-5],[102.123456789,-5],[102,-4],[101,-4],[101,-5]]]}"#),
            feature("A.03", "A", #"{"type":"Polygon","coordinates":[\#(square(102, -5))]}"#),
            feature("B.01", "B", #"{"type":"MultiPolygon","coordinates":[[\#(square(110, -8))],[\#(square(112, -8))]]}"#),
            feature("B.02", "B", #"{"type":"Polygon","coordinates":[\#(square(111, -8))]}"#),
            feature("C.01", "C", #"{"type":"Polygon","coordinates":[\#(square(120, 0))]}"#),
        ]
        let layer = #"{"type":"FeatureCollection","features":["# + features.joined(separator: ",\n") + "]}\n"
        try! layer.write(to: folder.appendingPathComponent("regions.geojson"), atomically: true, encoding: .utf8)
        let csv = """
        code,tahun,miskin,penduduk
        A.01,2023,40,400
        A.02,2023,10,20
        A.03,2023,5,50
        B.01,2023,30,100
        B.02,2023,10.5,40
        C.01,2023,4.5,5
        A.01,2022,1,400
        A.02,2022,99,20
        A.03,2022,5,50
        B.01,2022,30,100
        B.02,2022,10.5,40
        C.01,2022,4.5,5

        """
        try! csv.write(to: folder.appendingPathComponent("poverty.csv"), atomically: true, encoding: .utf8)
        return folder
    }()

    static var boundaries: String { folder.appendingPathComponent("regions.geojson").path }
    static var indicators: String { folder.appendingPathComponent("poverty.csv").path }

    /// Runs the fixture for 2023 under `request` (75% by count by default).
    static func run(_ request: TargetingRequest = TargetingRequest(), name: String = "fixture 2023") throws -> RunResult {
        let scenario = Scenario(
            name: name,
            boundaries: BoundaryInput(path: boundaries, options: LayerOptions(codeField: "code", nameField: "name", parent: .field("prov"))),
            indicators: IndicatorInput(path: indicators, columns: IndicatorColumns(
                code: "code", value: "miskin", population: "penduduk", filters: [RowFilter(column: "tahun", value: "2023")])),
            request: request)
        return try ScenarioRunner.run(scenario)
    }

    /// Two phases: the first region, then 90% with at most one region per parent, which
    /// cannot be reached (A.01, B.01 and C.01 cover 74.5%).
    static let phasedRequest = TargetingRequest(phases: [
        Phase(name: "first", rule: .count(1)),
        Phase(name: "second", rule: .coverage(0.9), constraints: Constraints(maxPerParent: 1)),
    ])

    /// The JSON output parsed.
    static func json(_ result: RunResult) throws -> [String: Any] {
        let text = try PriorityListEmitter.render(result, format: .json)
        return try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any]
    }
}
