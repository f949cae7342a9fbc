import Foundation
import SasaranGeo
import SasaranIO
@testable import Sasaran
import Testing
import TestSupport

/// The real districts and BPS 2023 figures in every form a planner's files arrive in.
enum RealSources {
    static func shapefile() throws -> String { try SharedData.path("idn/boundaries/shp/kabkota_2025.shp") }
    static func povertyCSV() throws -> String { try SharedData.path("idn/poverty/bps_poverty_kabkota_2015_2025.csv") }

    /// The 2023 75% list's codes, through the engine.
    static func list(boundaries: String, layer: String? = nil, indicators: String, reading: TableReadOptions = TableReadOptions()) throws -> [String] {
        let scenario = Scenario(
            name: "2023",
            boundaries: BoundaryInput(path: boundaries, options: LayerOptions(codeField: "KODE_KMD", nameField: "NAMA", parent: .field("KODE_PROV"),
                                                                              reading: LayerReadOptions(layer: layer))),
            indicators: IndicatorInput(path: indicators, columns: IndicatorColumns(code: "kode_kemendagri_2025", value: "jumlah_miskin_ribu",
                                                                                   filters: [RowFilter(column: "tahun", value: "2023")],
                                                                                   reading: reading)),
            request: TargetingRequest(rule: .coverage(0.75)))
        return try ScenarioRunner.run(scenario).selection.codes
    }

    /// The same list computed here, independently of the engine, from the CSV's text: sort by
    /// the number of poor (descending, ties by code) and take districts until 75% is reached.
    static func independentList() throws -> [String] {
        let lines = try String(contentsOfFile: povertyCSV(), encoding: .utf8).components(separatedBy: .newlines).dropFirst().filter { !$0.isEmpty }
        var rows: [(code: String, value: Double)] = []
        for line in lines {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            if cells[4] == "2023", let value = Double(cells[6]) { rows.append((cells[0], value)) }
        }
        rows.sort { $0.value != $1.value ? $0.value > $1.value : $0.code < $1.code }
        let total = rows.reduce(0) { $0 + $1.value }
        var sum = 0.0
        var codes: [String] = []
        for row in rows where sum < 0.75 * total {
            codes.append(row.code)
            sum += row.value
        }
        return codes
    }

    /// The real CSV as Excel writes it in Indonesia: `;` between fields, a decimal comma, a
    /// `.` between thousands, and (optionally) UTF-16 with its byte-order mark.
    static func localeCSV(in folder: URL, utf16: Bool = false) throws -> String {
        let table = try CSVReader(contentsOf: URL(fileURLWithPath: povertyCSV())).readAll()
        let numeric: Set<String> = ["p0_persen", "jumlah_miskin_ribu", "penduduk_implied_ribu"]
        func local(_ text: String) -> String {
            guard let value = Double(text) else { return text }
            let parts = text.split(separator: ".", maxSplits: 1)
            var whole = String(parts[0])
            if value >= 1000 { whole.insert(".", at: whole.index(whole.endIndex, offsetBy: -3)) }
            return whole + (parts.count > 1 ? "," + parts[1] : "")
        }
        var text = table.header.joined(separator: ";") + "\r\n"
        for row in table.rows {
            text += zip(table.header, row).map { numeric.contains($0) ? local($1) : $1 }.joined(separator: ";") + "\r\n"
        }
        let url = folder.appendingPathComponent(utf16 ? "kemiskinan-utf16.csv" : "kemiskinan.csv")
        let bytes: [UInt8] = utf16 ? [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] } : Array(text.utf8)
        try Data(bytes).write(to: url)
        return url.path
    }

    /// The real CSV as an `.xlsx` (or `.ods`) written by GDAL, codes as text cells and figures
    /// as numbers (typed by a `.csvt` beside a copy of the CSV), or codes as numbers as Excel
    /// makes them when it opens a CSV (`damaged`).
    static func workbook(in folder: URL, format: String = "XLSX", damaged: Bool = false) throws -> String {
        let copy = folder.appendingPathComponent("kemiskinan.csv")
        if !FileManager.default.fileExists(atPath: copy.path) {
            try FileManager.default.copyItem(atPath: povertyCSV(), toPath: copy.path)
        }
        let codeType = damaged ? "Real" : "String"
        try Data("\"\(codeType)\",\"\(damaged ? "Integer" : "String")\",\"String\",\"String\",\"Integer\",\"Real\",\"Real\",\"Real\"\n".utf8)
            .write(to: folder.appendingPathComponent("kemiskinan.csvt"))
        let output = folder.appendingPathComponent("kemiskinan\(damaged ? "-damaged" : "").\(format.lowercased())").path
        try? FileManager.default.removeItem(atPath: output)
        _ = try GDALTool.run("ogr2ogr", ["-f", format, output, copy.path, "-nln", "Data"])
        return output
    }
}

@Suite("The 2023 75% list from every source", SharedData.required)
struct SourcesRealDataTests {
    @Test("the same list from the shapefile, a GeoPackage and a zipped shapefile, equal to an independent computation")
    func boundaries() throws {
        let shp = try RealSources.shapefile()
        let folder = try SharedData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (gpkg, zipped) = try GDALTool.realDistrictCopies(in: folder)

        let csv = try RealSources.povertyCSV()
        let expected = try RealSources.independentList()
        #expect(expected.count == 184)
        #expect(try RealSources.list(boundaries: shp, indicators: csv) == expected)
        #expect(try RealSources.list(boundaries: gpkg, indicators: csv) == expected)
        #expect(try RealSources.list(boundaries: gpkg, layer: "kabkota", indicators: csv) == expected)
        #expect(try RealSources.list(boundaries: zipped, indicators: csv) == expected)
    }

    @Test("the same list from the CSV, a ;/decimal-comma CSV (UTF-8 and UTF-16), an .xlsx and an .ods")
    func tables() throws {
        let shp = try RealSources.shapefile()
        let folder = try SharedData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let expected = try RealSources.independentList()
        let local = try RealSources.localeCSV(in: folder)
        #expect(try String(contentsOfFile: local, encoding: .utf8).contains("32.10;3210;JAWA BARAT;Majalengka;2023;11,21;138,74;1.237,64"), "a thousands point and a decimal comma in the variant")
        #expect(try RealSources.list(boundaries: shp, indicators: local) == expected)
        #expect(try RealSources.list(boundaries: shp, indicators: local, reading: TableReadOptions(decimal: .comma)) == expected)
        #expect(try RealSources.list(boundaries: shp, indicators: RealSources.localeCSV(in: folder, utf16: true)) == expected)
        #expect(try RealSources.list(boundaries: shp, indicators: RealSources.workbook(in: folder)) == expected)
        #expect(try RealSources.list(boundaries: shp, indicators: RealSources.workbook(in: folder, format: "ODS")) == expected)
    }

    @Test("codes Excel turned into numbers are named with the code they were: 32.1 for 32.10")
    func damagedCodes() throws {
        let folder = try SharedData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let damaged = try RealSources.workbook(in: folder, damaged: true)
        #expect {
            try RealSources.list(boundaries: RealSources.shapefile(), indicators: damaged)
        } throws: { error in
            let text = "\(error)"
            return text.contains("32.1 (line 1869; Excel drops trailing zeros; did you mean 32.10?)") && text.contains("23 row(s) match no region")
        }
    }
}

@Suite("PostGIS: a real server", SharedData.required, PostgresCluster.required, .serialized)
struct PostGISRealDataTests {
    /// Loads the real districts into the server once (ogr2ogr, as a user would).
    static let loaded: Result<String, Error> = Result {
        let connection = try PostgresCluster.connection()
        _ = try GDALTool.run("ogr2ogr", ["-f", "PostgreSQL", connection, try RealSources.shapefile(), "-nln", "kabkota", "-overwrite",
                                         "-nlt", "PROMOTE_TO_MULTI", "-lco", "GEOMETRY_NAME=geom", "-lco", "FID=fid"])
        return connection
    }

    @Test("the 2023 75% list from PG: equals the list from the shapefile")
    func listFromPostGIS() throws {
        let connection = try Self.loaded.get()
        let fromShapefile = try RealSources.list(boundaries: RealSources.shapefile(), indicators: RealSources.povertyCSV())
        let fromDatabase = try RealSources.list(boundaries: connection, layer: "kabkota", indicators: RealSources.povertyCSV())
        #expect(fromDatabase == fromShapefile)
        #expect(fromDatabase.count == 184)
        let layer = try BoundaryReader.read(path: connection, options: LayerReadOptions(layer: "kabkota"))
        #expect(layer.format.contains("PostgreSQL") && layer.sourceFiles.isEmpty && layer.features.count == 514)
    }

    @Test("the OGR writer replaces a PostGIS table in one transaction and writes a GeoPackage ogrinfo lists; both read back the same")
    func writer() throws {
        let connection = try Self.loaded.get()
        let source = try ShapefileReader.read(path: RealSources.shapefile())
        let columns = source.fields.map { OGRWriter.Column(name: $0.name, kind: .text) }
        let records = try source.features.map { OGRWriter.Record(values: $0.attributes, geometry: try $0.geometry) }
        let folder = try SharedData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let gpkg = folder.appendingPathComponent("list.gpkg").path
        try OGRWriter.write(to: gpkg, table: "list", columns: columns, records: records)
        let info = try GDALTool.run("ogrinfo", ["-so", "-al", gpkg])
        #expect(info.contains("Feature Count: 514") && info.contains("KODE_KMD: String") && info.contains("Geometry: Multi Polygon"), "\(info)")
        let areas = { (layer: FeatureLayer) in try layer.features.map { try $0.geometry!.geodesicAreaKm2() } }
        let fromFile = try OGRReader.read(path: gpkg)
        #expect(fromFile.features.map { $0.attributes.map(\.text) } == source.features.map { $0.attributes.map(\.text) })
        #expect(zip(try areas(fromFile), try areas(source)).allSatisfy { abs($0 - $1) <= 1e-9 * $1 })
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(!left.contains { $0.hasSuffix(".tmp.gpkg") })

        try OGRWriter.write(to: connection, table: "written", columns: columns, records: records)
        let fromDatabase = try OGRReader.read(path: connection, options: LayerReadOptions(layer: "written"))
        #expect(fromDatabase.features.map { $0.attributes.map(\.text) } == source.features.map { $0.attributes.map(\.text) })
        #expect(try PostgresCluster.psql("SELECT count(*) FROM written") == "514")

        try OGRWriter.write(to: connection, table: "written", columns: columns, records: Array(records.prefix(10)))
        #expect(try PostgresCluster.psql("SELECT count(*) FROM written") == "10")
        // A write that fails after the old table was dropped leaves the old table: one transaction.
        #expect(throws: InputError.self) {
            try OGRWriter.write(to: connection, table: "written", columns: columns + [columns[0]], records: records)
        }
        #expect(try PostgresCluster.psql("SELECT count(*) FROM written") == "10")
    }

    @Test("a server that drops the connection mid-read gives an error naming the connection without its password and the record")
    func dropMidRead() throws {
        let connection = try Self.loaded.get()
        _ = try PostgresCluster.psql("""
            CREATE OR REPLACE VIEW dropping AS
              SELECT k.*, CASE WHEN k.fid = 300 THEN pg_terminate_backend(pg_backend_pid()) END AS cut FROM kabkota k
            """)
        setenv("OGR_PG_CURSOR_PAGE", "100", 1)
        defer { unsetenv("OGR_PG_CURSOR_PAGE") }
        #expect {
            try OGRReader.read(path: connection + " password=s3cret", options: LayerReadOptions(layer: "dropping"))
        } throws: { error in
            guard let error = error as? InputError, let record = error.record else { return false }
            let text = error.description
            return !text.contains("s3cret") && text.contains("password=***") && record > 100 && record <= 300
        }
    }
}
