import Foundation
import SasaranGeo
@testable import SasaranIO
import Testing

/// Replays every input that crashed a fuzz target (Fuzz/run.sh saves them in
/// Tests/Fixtures/fuzz-crashes/TARGET/) through the same reader, laid out as the target lays it
/// out: each must now give a result or an error, and no crash. (The indicator and scenario
/// targets are replayed in SasaranTests.)
@Suite("Fuzz crash regressions")
struct FuzzCrashRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/fuzz-crashes")

    /// The saved inputs of `target`.
    static func inputs(_ target: String) -> [URL] {
        let directory = folder.appendingPathComponent(target)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { !$0.hasPrefix(".") && !$0.hasSuffix(".md") }.sorted().map { directory.appendingPathComponent($0) }
    }

    /// The fuzz targets' split: [u32 LE length][u32 LE length]… then the parts, the last taking the rest.
    static func split(_ bytes: [UInt8], parts: Int) -> [[UInt8]] {
        let headerSize = 4 * (parts - 1)
        guard bytes.count >= headerSize else { return [bytes] + Array(repeating: [], count: parts - 1) }
        var result: [[UInt8]] = []
        var offset = headerSize
        for part in 0..<(parts - 1) {
            let declared = (0..<4).reduce(0) { $0 | Int(bytes[4 * part + $1]) << (8 * $1) }
            let length = min(declared, bytes.count - offset)
            result.append(Array(bytes[offset..<(offset + length)]))
            offset += length
        }
        return result + [Array(bytes[offset...])]
    }

    private func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sasaran-fuzz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test("saved shapefile, dbf, prj, geojson and points inputs read or fail cleanly")
    func replay() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        for input in Self.inputs("shapefile") {
            let parts = Self.split(Array(try Data(contentsOf: input)), parts: 3)
            try Data(parts[0]).write(to: folder.appendingPathComponent("f.shp"))
            try? FileManager.default.removeItem(at: folder.appendingPathComponent("f.shx"))
            if !parts[1].isEmpty { try Data(parts[1]).write(to: folder.appendingPathComponent("f.shx")) }
            try Data(parts[2]).write(to: folder.appendingPathComponent("f.dbf"))
            _ = try? ShapefileReader.read(path: folder.appendingPathComponent("f.shp").path)
        }
        for input in Self.inputs("dbf") {
            if let table = try? DBFTable(file: FileBytes(path: input.path)) {
                var (encoding, _) = DBFEncoding.choose(cpg: nil, ldid: table.ldid)
                var oddities = DBFTable.Oddities()
                for index in 0..<min(table.recordCount, 100_000) { _ = table.values(index, encoding: &encoding, oddities: &oddities) }
            }
        }
        for input in Self.inputs("prj") {
            if let text = try? readSmallText(input.path), let system = try? CoordinateSystem(text) {
                _ = system.authorityCode
                _ = try? system.transformToWGS84()
            }
        }
        for input in Self.inputs("geojson") { _ = try? GeoJSONReader.read(path: input.path) }
        for input in Self.inputs("points") {
            guard let stream = try? PointCSVStream(path: input.path, blockSize: 256) else { continue }
            while let block = stream.nextBlock() {
                for piece in block.split(into: 3) { _ = try? block.parse(piece.range, firstLine: piece.firstLine) }
            }
        }
    }
}
