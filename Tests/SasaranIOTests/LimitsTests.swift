import Foundation
@testable import SasaranIO
import Testing

/// Each limit of ``Limits`` gives a clear error for an input just over it. Files over the size
/// limits are sparse (made with ftruncate), so the tests write almost nothing to disk.
@Suite("Input limits")
struct LimitsTests {
    private func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sasaran-limits-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A sparse file of `size` bytes starting with `prefix`.
    private func sparse(_ url: URL, size: Int, prefix: [UInt8] = []) throws {
        try Data(prefix).write(to: url)
        #expect(truncate(url.path, off_t(size)) == 0)
    }

    @Test("a GeoJSON file over 512 MiB is refused before it is read")
    func geoJSONSize() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("big.geojson")
        try sparse(file, size: Limits.maxGeoJSONBytes + 1, prefix: Array("{\"type\":\"FeatureCollection\",\"features\":[".utf8))
        let error = #expect(throws: InputError.self) { try GeoJSONReader.read(path: file.path) }
        #expect(error?.message.contains("more than the limit of 512 MiB for a GeoJSON file") == true, "\(String(describing: error))")
    }

    @Test("a CSV over 1 GiB is refused")
    func csvSize() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("big.csv")
        try sparse(file, size: Limits.maxCSVBytes + 1, prefix: Array("code,value\n".utf8))
        let error = #expect(throws: CSVError.self) { try CSVReader(contentsOf: file) }
        #expect(error?.description.contains("more than the limit of 1 GiB") == true, "\(String(describing: error))")
    }

    @Test("a .prj over 1 MiB is refused")
    func smallTextSize() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("big.prj")
        try sparse(file, size: Limits.maxSmallTextBytes + 1, prefix: Array("GEOGCS[".utf8))
        let error = #expect(throws: InputError.self) { try readSmallText(file.path) }
        #expect(error?.message.contains("more than the limit of 1 MiB for a .prj or .cpg") == true, "\(String(describing: error))")
    }

    @Test("a multipoint record claiming more than 10^7 points is refused before any allocation")
    func multiPointVertices() throws {
        var content = [UInt8](repeating: 0, count: 40)
        content[0] = 8
        let count = UInt32(Limits.maxVerticesPerShape + 1)
        for k in 0..<4 { content[36 + k] = UInt8((count >> (8 * UInt32(k))) & 0xFF) }
        var decoder = ShapeDecoder(transform: nil, trackExtent: false)
        let error = #expect(throws: InputError.self) {
            try content.withUnsafeBytes { try decoder.decode($0, record: 1, file: "multi.shp") }
        }
        #expect(error?.message.contains("10000001 points, more than the limit of 10000000 points per shape") == true, "\(String(describing: error))")
    }

    @Test("a polygon record claiming more than 10^5 parts is refused before any allocation")
    func polygonParts() throws {
        var content = [UInt8](repeating: 0, count: 44)
        content[0] = 5
        let parts = UInt32(Limits.maxPartsPerShape + 1)
        for k in 0..<4 { content[36 + k] = UInt8((parts >> (8 * UInt32(k))) & 0xFF) }
        var decoder = ShapeDecoder(transform: nil, trackExtent: false)
        let error = #expect(throws: InputError.self) {
            try content.withUnsafeBytes { try decoder.decode($0, record: 7, file: "parts.shp") }
        }
        #expect(error?.description == "parts.shp, record 7: 100001 parts, more than the limit of 100000 parts per polygon (see docs/limits.md)")
    }

    @Test("a CSV record of more than 1 MiB is refused, one just under is read")
    func csvRecordLength() throws {
        let under = Array("code,name\n1,".utf8) + Array(repeating: UInt8(ascii: "x"), count: Limits.maxCSVLineBytes - 8) + [10]
        #expect(try CSVReader(bytes: under).readAll().rows.count == 1)
        let over = Array("code,name\n1,".utf8) + Array(repeating: UInt8(ascii: "x"), count: Limits.maxCSVLineBytes + 1) + [10]
        let error = #expect(throws: CSVError.self) { try CSVReader(bytes: over, file: "t.csv").readAll() }
        #expect(error?.description == "t.csv:2: record is longer than the limit of 1 MiB (see docs/limits.md)")
    }

    @Test("the limits are stated in docs/limits.md")
    func documented() throws {
        let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/limits.md")
        let text = try String(contentsOf: docs, encoding: .utf8)
        for stated in ["8 GiB", "1 MiB", "512 MiB", "1 GiB", "100,000", "10,000,000", "2,046", "65,535", "10,000"] {
            #expect(text.contains(stated), "docs/limits.md does not state \(stated)")
        }
        #expect(Limits.describe(bytes: Limits.maxShapefileBytes) == "8 GiB")
        #expect(Limits.describe(bytes: Limits.maxGeoJSONBytes) == "512 MiB")
    }
}
