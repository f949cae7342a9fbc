import Foundation
import SasaranGeo
@testable import SasaranIO
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// One case of Tests/Fixtures/bad/catalogue.json (written by generate.py beside it).
struct BadInputCase: Decodable, Sendable, CustomTestStringConvertible {
    var name: String
    /// shapefile, geojson, csv, points, ogr (``OGRReader``) or table (``TableReader``).
    var reader: String
    /// Paths relative to Tests/Fixtures/bad; empty when `generator` makes the input.
    var files: [String]
    /// A substring of the error's description, or "ok".
    var expect: String
    var note: String
    /// Inputs too big to commit are made by the test: million-part-polygon, deeply-nested-json,
    /// long-csv-record, many-csv-columns, long-points-line.
    var generator: String?
    // What an "ok" case must read.
    var warning: String?
    var features: Int?
    var nullGeometries: Int?
    var field: String?
    var value: String?
    var repair: String?
    var header: [String]?
    var row: [String]?

    var testDescription: String { "\(name): \(note)" }
}

enum BadInputCatalogue {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/bad")

    static let cases: [BadInputCase] = {
        struct File: Decodable { var cases: [BadInputCase] }
        let url = folder.appendingPathComponent("catalogue.json")
        guard let data = try? Data(contentsOf: url), let file = try? JSONDecoder().decode(File.self, from: data) else { return [] }
        return file.cases
    }()

    /// What a reader gave: a layer, a table, a number of points, or an error's description.
    enum Outcome {
        case layer(FeatureLayer)
        case table(CSVTable)
        case points(Int)
        case failed(String)
    }

    /// The input to read: the committed file (the .shp of a shapefile set), or `generated`.
    static func input(_ item: BadInputCase, generated: String?) -> String {
        generated ?? folder.appendingPathComponent(item.files.first { $0.hasSuffix(".shp") } ?? item.files[0]).path
    }

    /// Runs the case's reader on `path`, returning the outcome rather than throwing.
    static func run(_ item: BadInputCase, path: String) -> Outcome {
        do {
            switch item.reader {
            case "shapefile", "geojson":
                let layer = item.reader == "shapefile" ? try ShapefileReader.read(path: path) : try GeoJSONReader.read(path: path)
                // A case that expects an error and names a field: the error of choosing that
                // field (as --code-field or --name-field does).
                if item.expect != "ok", let field = item.field { _ = try layer.fieldIndex(field) }
                return .layer(layer)
            case "csv": return .table(try CSVReader(contentsOf: URL(fileURLWithPath: path)).readAll())
            case "ogr": return .layer(try OGRReader.read(path: path))
            case "table": return .table(try TableReader.open(path).readAll())
            case "points":
                let stream = try PointCSVStream(path: path)
                var count = 0
                while let block = stream.nextBlock() {
                    for piece in block.split(into: 2) { count += try block.parse(piece.range, firstLine: piece.firstLine).xy.count / 2 }
                }
                return .points(count)
            default: throw InputError(file: path, message: "unknown reader \(item.reader) in the catalogue")
            }
        } catch let error as CustomStringConvertible & Error {
            return .failed(error.description)
        } catch {
            return .failed("\(error)")
        }
    }

    /// Writes a generated input into `scratch` and returns its path.
    static func generate(_ generator: String, in scratch: URL) throws -> String {
        func write(_ bytes: [UInt8], _ name: String) throws -> String {
            let url = scratch.appendingPathComponent(name)
            try Data(bytes).write(to: url)
            return url.path
        }
        switch generator {
        case "million-part-polygon":
            // 10^6 closed squares of 5 points in one polygon record: a 76 MB .shp that a reader
            // without a part limit would turn into a million GEOS rings.
            let parts = 1_000_000, perRing = 5
            let points = parts * perRing
            var content = [UInt8]()
            content.reserveCapacity(44 + 4 * parts + 16 * points)
            func int32(_ value: Int32) { withUnsafeBytes(of: value.littleEndian) { content += $0 } }
            func double(_ value: Double) { withUnsafeBytes(of: value.bitPattern.littleEndian) { content += $0 } }
            int32(5)
            for value in [106.0, -7, 108, -5] { double(value) }
            int32(Int32(parts)); int32(Int32(points))
            // Bulk copies (the host is little-endian, as the format): a per-value loop is slow in debug builds.
            let starts = (0..<parts).map { Int32($0 * perRing) }
            var xy = [Double](repeating: 0, count: 2 * points)
            let square: [(Double, Double)] = [(0, 0), (0, 0.001), (0.001, 0.001), (0.001, 0), (0, 0)]
            xy.withUnsafeMutableBufferPointer { xy in
                for part in 0..<parts {
                    let x = 106 + Double(part % 1000) * 0.002, y = -7 + Double(part / 1000) * 0.002
                    for (k, (dx, dy)) in square.enumerated() {
                        xy[2 * (part * perRing + k)] = x + dx
                        xy[2 * (part * perRing + k) + 1] = y + dy
                    }
                }
            }
            starts.withUnsafeBytes { content += $0 }
            xy.withUnsafeBytes { content += $0 }
            func header(_ length: Int) -> [UInt8] {
                var bytes = [UInt8](repeating: 0, count: 100)
                func put32BE(_ value: Int, _ at: Int) { for k in 0..<4 { bytes[at + k] = UInt8((value >> (8 * (3 - k))) & 0xFF) } }
                put32BE(9994, 0); put32BE(length / 2, 24)
                bytes[28] = 0xE8; bytes[29] = 0x03; bytes[32] = 5
                return bytes
            }
            var record = [UInt8](repeating: 0, count: 8)
            record[3] = 1
            let words = content.count / 2
            for k in 0..<4 { record[4 + k] = UInt8((words >> (8 * (3 - k))) & 0xFF) }
            let shpPath = try write(header(100 + 8 + content.count) + record + content, "million.shp")
            var index = header(108)
            index += [0, 0, 0, 50] + record[4..<8]
            _ = try write(index, "million.shx")
            // One record, one C(4) field.
            var dbf: [UInt8] = [3, 125, 1, 1, 1, 0, 0, 0, 65, 0, 5, 0] + [UInt8](repeating: 0, count: 20)
            dbf += Array("CODE".utf8) + [UInt8](repeating: 0, count: 7) + [UInt8(ascii: "C"), 0, 0, 0, 0, 4, 0] + [UInt8](repeating: 0, count: 14)
            dbf += [0x0D, 0x20] + Array("0001".utf8) + [0x1A]
            _ = try write(dbf, "million.dbf")
            return shpPath
        case "deeply-nested-json":
            return try write(Array(repeating: UInt8(ascii: "["), count: 100_000) + Array(repeating: UInt8(ascii: "]"), count: 100_000), "deep.geojson")
        case "long-csv-record":
            return try write(Array("code,name\n32.01,".utf8) + Array(repeating: UInt8(ascii: "x"), count: 2 << 20) + [10], "long.csv")
        case "many-csv-columns":
            let header = (1...10_001).map { "c\($0)" }.joined(separator: ",")
            return try write(Array((header + "\n" + String(repeating: "1,", count: 10_000) + "1\n").utf8), "wide.csv")
        case "long-points-line":
            return try write(Array("id,lon,lat\n".utf8) + Array(repeating: UInt8(ascii: "7"), count: 2 << 20), "long-points.csv")
        default:
            throw InputError(file: "catalogue.json", message: "unknown generator \(generator)")
        }
    }

    /// Resident memory now, and the peak so far, in bytes.
    static func memory() -> (resident: Int, peak: Int) {
        var resident = 0
        if let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) {
            let fields = text.split(separator: " ")
            if fields.count > 1, let pages = Int(fields[1]) { resident = pages * Int(sysconf(Int32(_SC_PAGESIZE))) }
        }
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return (resident, Int(usage.ru_maxrss) * 1024)
    }
}

/// Every case of the bad-input catalogue gives its documented error (or reads what it
/// documents), without crashing, within 5 s, with resident memory growing by less than 1 GiB.
/// Serialized, so that the memory measured is this case's.
@Suite("Bad-input catalogue", .serialized)
struct BadInputCatalogueTests {
    @Test("the catalogue has at least 40 cases across the six readers, each with its input")
    func catalogueIsComplete() throws {
        let cases = BadInputCatalogue.cases
        #expect(cases.count >= 40, "\(cases.count) cases")
        #expect(Set(cases.map(\.reader)) == ["shapefile", "geojson", "csv", "points", "ogr", "table"])
        #expect(Set(cases.map(\.name)).count == cases.count, "case names must be unique")
        for item in cases {
            #expect(item.generator != nil || !item.files.isEmpty, "\(item.name) has no input")
            for file in item.files {
                #expect(FileManager.default.fileExists(atPath: BadInputCatalogue.folder.appendingPathComponent(file).path), "\(item.name): \(file) is missing")
            }
        }
    }

    @Test("gives its documented outcome", arguments: BadInputCatalogue.cases)
    func documentedOutcome(_ item: BadInputCase) throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("sasaran-bad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        // Generated inputs are written before the clock and the memory count start.
        let generated = try item.generator.map { try BadInputCatalogue.generate($0, in: scratch) }
        let path = BadInputCatalogue.input(item, generated: generated)
        let before = BadInputCatalogue.memory()
        let clock = ContinuousClock()
        let start = clock.now
        let outcome = BadInputCatalogue.run(item, path: path)
        let elapsed = clock.now - start
        let after = BadInputCatalogue.memory()
        let growth = max(after.resident - before.resident, after.peak - before.peak)

        #expect(elapsed < .seconds(5), "\(item.name) took \(elapsed)")
        #expect(growth < 1 << 30, "\(item.name) grew resident memory by \(growth >> 20) MiB")

        guard item.expect == "ok" else {
            guard case let .failed(message) = outcome else {
                Issue.record("\(item.name): expected the error \"\(item.expect)\", but the read succeeded")
                return
            }
            #expect(message.contains(item.expect), "\(item.name): expected \"\(item.expect)\" in: \(message)")
            return
        }
        switch outcome {
        case let .failed(message):
            Issue.record("\(item.name): expected to read, got: \(message)")
        case let .layer(layer):
            if let features = item.features { #expect(layer.features.count == features, "\(item.name)") }
            if let nulls = item.nullGeometries {
                #expect(layer.features.filter { $0.shape == nil }.count == nulls, "\(item.name)")
            }
            if let warning = item.warning {
                #expect(layer.warnings.contains { $0.contains(warning) }, "\(item.name): no warning \"\(warning)\" in \(layer.warnings)")
            }
            if let repair = item.repair {
                #expect(layer.features.first?.repairs.contains { $0.contains(repair) } == true, "\(item.name): \(layer.features.first?.repairs ?? [])")
            }
            if let field = item.field, let value = item.value {
                let index = try layer.fieldIndex(field)
                #expect(layer.features.first?.attributes[index].text == value, "\(item.name)")
            }
        case let .table(table):
            if let header = item.header { #expect(table.header == header, "\(item.name)") }
            if let row = item.row { #expect(table.rows.first == row, "\(item.name)") }
        case .points:
            break
        }
    }
}
