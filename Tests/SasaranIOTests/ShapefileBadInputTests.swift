import Foundation
import SasaranGeo
@testable import SasaranIO
import Testing
import Sasaran

/// Every kind of broken input gives an ``InputError`` naming the file (and record), never a crash.
@Suite("Shapefile reader on bad input")
struct ShapefileBadInputTests {
    /// Reads and returns the error, failing the test when the read succeeds or throws another type.
    private func readError(_ path: String, sourceLocation: SourceLocation = #_sourceLocation) -> InputError? {
        do {
            let layer = try ShapefileReader.read(path: path)
            Issue.record("expected an error, read \(layer.features.count) features", sourceLocation: sourceLocation)
        } catch let error as InputError {
            return error
        } catch {
            Issue.record("expected an InputError, got \(type(of: error)): \(error)", sourceLocation: sourceLocation)
        }
        return nil
    }

    @Test("a .shp cut mid-record names the .shp and the record, with or without its .shx")
    func truncatedMidRecord() throws {
        let base = try SmallLayer.write()
        let bytes = try ShapefileFixture.bytes(base + ".shp")
        try ShapefileFixture.write(Array(bytes.prefix(bytes.count - 40)), to: base + ".shp")
        let error = try #require(readError(base + ".shp"))
        #expect(error.file == base + ".shp")
        #expect(error.record == 3)
        #expect(error.message.contains("truncated"), "\(error)")
        try FileManager.default.removeItem(atPath: base + ".shx")
        let scanned = try #require(readError(base + ".shp"))
        #expect(scanned.file == base + ".shp" && scanned.record == 3, "\(scanned)")
    }

    @Test("a .shp shorter than its 100-byte header is refused")
    func shorterThanHeader() throws {
        let base = try SmallLayer.write()
        let bytes = try ShapefileFixture.bytes(base + ".shp")
        try ShapefileFixture.write(Array(bytes.prefix(60)), to: base + ".shp")
        let error = try #require(readError(base + ".shp"))
        #expect(error.file == base + ".shp")
        #expect(error.message.contains("too short"), "\(error)")
    }

    @Test("a record whose part and point counts run past its content length names the .shp and record")
    func lyingContentLength() throws {
        let base = try SmallLayer.write()
        var bytes = try ShapefileFixture.bytes(base + ".shp")
        // Record 2 starts at 100 + 8 + 128 = 236; its point count is at content offset 40.
        let pointCount = 236 + 8 + 40
        withUnsafeBytes(of: Int32(5000).littleEndian) { bytes.replaceSubrange(pointCount..<(pointCount + 4), with: $0) }
        try ShapefileFixture.write(bytes, to: base + ".shp")
        let error = try #require(readError(base + ".shp"))
        #expect(error.file == base + ".shp")
        #expect(error.record == 2)
        #expect(error.message.contains("do not fit"), "\(error)")
    }

    @Test(".shx offsets past the end of the .shp name the .shx and the record")
    func shxOffsetPastEnd() throws {
        let base = try SmallLayer.write()
        var shx = try ShapefileFixture.bytes(base + ".shx")
        // Entry 2 (record 2) at 100 + 8: offset in 16-bit words, big-endian.
        withUnsafeBytes(of: UInt32(0x7FFF_0000).bigEndian) { shx.replaceSubrange(108..<112, with: $0) }
        try ShapefileFixture.write(shx, to: base + ".shx")
        let error = try #require(readError(base + ".shp"))
        #expect(error.file == base + ".shx")
        #expect(error.record == 2)
        #expect(error.message.contains("outside the .shp"), "\(error)")
    }

    @Test("offsets above 2 GiB are read as unsigned 32-bit word counts, not negative numbers")
    func unsignedOffsets() throws {
        let base = try SmallLayer.write()
        var shx = try ShapefileFixture.bytes(base + ".shx")
        withUnsafeBytes(of: UInt32(0x9000_0000).bigEndian) { shx.replaceSubrange(108..<112, with: $0) }
        try ShapefileFixture.write(shx, to: base + ".shx")
        let error = try #require(readError(base + ".shp"))
        #expect(error.message.contains("offset \(Int(0x9000_0000) * 2) bytes"), "\(error)")
    }

    @Test("without its .dbf a shapefile is read with the records numbered from 0 in FID, as GDAL numbers them, and a warning")
    func missingDBF() throws {
        let base = try SmallLayer.write()
        try FileManager.default.removeItem(atPath: base + ".dbf")
        let layer = try ShapefileReader.read(path: base + ".shp")
        #expect(layer.fields == [Field(name: "FID", type: "N(10,0)")])
        #expect(layer.features.map { $0.attributes[0].text } == ["0", "1", "2"])
        #expect(layer.warnings.contains { $0.contains("no .dbf") && $0.contains("FID") }, "\(layer.warnings)")
    }

    @Test("a .dbf with a different record count names both files and both counts")
    func recordCountDiffers() throws {
        let base = try SmallLayer.write()
        // Two records in the .dbf, three shapes in the .shp.
        try ShapefileWriter.write(path: base + "_two", fields: SmallLayer.fields,
                                  records: Array(SmallLayer.records().prefix(2)), prj: nil)
        try FileManager.default.removeItem(atPath: base + ".dbf")
        try FileManager.default.moveItem(atPath: base + "_two.dbf", toPath: base + ".dbf")
        let error = try #require(readError(base + ".shp"))
        #expect(error.message.contains(base + ".dbf") && error.message.contains(base + ".shp"), "\(error)")
        #expect(error.message.contains("2 records") && error.message.contains("has 3"), "\(error)")
    }

    @Test("a missing .shx is rebuilt by scanning the .shp, with a warning")
    func missingSHX() throws {
        let base = try SmallLayer.write()
        try FileManager.default.removeItem(atPath: base + ".shx")
        let layer = try ShapefileReader.read(path: base + ".shp")
        #expect(layer.features.count == 3)
        #expect(layer.features.compactMap(\.shape).count == 3)
        #expect(layer.warnings.contains { $0.contains(".shx") && $0.contains("rebuilt") }, "\(layer.warnings)")
    }

    @Test("an empty .shp is refused")
    func emptyFile() throws {
        let base = try SmallLayer.write()
        try ShapefileFixture.write([], to: base + ".shp")
        let error = try #require(readError(base + ".shp"))
        #expect(error.file == base + ".shp")
        #expect(error.message.contains("empty"), "\(error)")
    }

    @Test("random bytes in place of a .shp (and of a .dbf, and of a .shx) are refused")
    func randomBytes() throws {
        var generator = SystemRandomNumberGenerator()
        for size in [7, 100, 4096] {
            let base = try SmallLayer.write()
            try ShapefileFixture.write((0..<size).map { _ in UInt8.random(in: 0...255, using: &generator) }, to: base + ".shp")
            let error = try #require(readError(base + ".shp"))
            #expect(error.file == base + ".shp", "\(error)")
        }
        for ext in ["dbf", "shx"] {
            let base = try SmallLayer.write()
            try ShapefileFixture.write((0..<300).map { _ in UInt8.random(in: 0...255, using: &generator) }, to: base + "." + ext)
            // Random bytes may happen to parse as a header; any outcome but a crash or a silent
            // success with garbage counts is fine, and almost always this is an error naming the file.
            do {
                _ = try ShapefileReader.read(path: base + ".shp")
            } catch let error as InputError {
                #expect(error.file.hasSuffix(ext) || error.message.contains(ext), "\(error)")
            }
        }
    }

    @Test("a .shp that is really random bytes behind a valid header is refused record by record")
    func randomRecords() throws {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<50 {
            let base = try SmallLayer.write()
            var bytes = try ShapefileFixture.bytes(base + ".shp")
            for index in 100..<bytes.count { bytes[index] = UInt8.random(in: 0...255, using: &generator) }
            try ShapefileFixture.write(bytes, to: base + ".shp")
            try? FileManager.default.removeItem(atPath: base + ".shx")
            _ = readError(base + ".shp")
        }
    }

    @Test("a .prj PROJ cannot read makes the CRS unknown with a warning carrying PROJ's message; --crs states it")
    func unreadablePRJ() throws {
        let base = try SmallLayer.write(prj: "PROJCS[\"broken\", this is not WKT")
        let layer = try ShapefileReader.read(path: base + ".shp")
        #expect(!layer.crs.known && layer.crs.name == "unknown")
        let warning = try #require(layer.warnings.first { $0.contains("cannot use the coordinate reference system of the .prj") })
        #expect(warning.contains("--crs") && warning.count > 120, "PROJ's message: \(warning)")
        let stated = try ShapefileReader.read(path: base + ".shp", crs: "EPSG:4326")
        #expect(stated.crs.known && stated.crs.source == "--crs" && stated.crs.code == "EPSG:4326")
        #expect(throws: InputError.self) { try ShapefileReader.read(path: base + ".shp", crs: "EPSG:999999") }
    }

    @Test("without a .prj, lon/lat coordinates are taken as WGS84 with a warning, projected ones make the CRS unknown until --crs names it")
    func missingPRJ() throws {
        let base = try SmallLayer.write(prj: nil)
        let layer = try ShapefileReader.read(path: base + ".shp")
        #expect(layer.crs.source == "assumed")
        #expect(layer.warnings.contains { $0.contains("no .prj") }, "\(layer.warnings)")

        let projected = try SharedData.temporaryFolder().appendingPathComponent("metres").path
        try ShapefileWriter.write(path: projected, fields: SmallLayer.fields,
                                  records: [.init(polygons: [[SmallLayer.square(500_000, 9_000_000, 1000)]], values: [.string("M"), .number(1)])],
                                  prj: nil)
        let unknown = try ShapefileReader.read(path: projected + ".shp")
        #expect(!unknown.crs.known)
        #expect(unknown.warnings.contains { $0.contains("coordinate reference system is unknown") && $0.contains("--crs") }, "\(unknown.warnings)")
        let utm = try ShapefileReader.read(path: projected + ".shp", crs: "EPSG:32749")
        let box = try #require(utm.features.first?.shape?.envelope)
        #expect(utm.crs.known && utm.crs.transformed && box.minX > 110 && box.minX < 112 && box.minY < 0, "\(box)")
    }

    @Test("records marked deleted in the .dbf are skipped together with their shapes")
    func deletedRecords() throws {
        let base = try SmallLayer.write()
        var dbf = try ShapefileFixture.bytes(base + ".dbf")
        let headerLength = Int(dbf[8]) | Int(dbf[9]) << 8, recordLength = Int(dbf[10]) | Int(dbf[11]) << 8
        dbf[headerLength + recordLength] = UInt8(ascii: "*")
        try ShapefileFixture.write(dbf, to: base + ".dbf")
        let layer = try ShapefileReader.read(path: base + ".shp")
        #expect(layer.features.map(\.record) == [1, 3])
        #expect(layer.features.map { $0.attributes[0] } == [.string("A"), .string("C")])
        #expect(try layer.features[1].geometry?.typeID == .multiPolygon, "record 3's own shape")
        #expect(layer.warnings.contains { $0.contains("deleted") }, "\(layer.warnings)")
    }

    @Test("without a .cpg the LDID byte gives the code page: 0x57 Windows-1252, 0xC9 Windows-1251")
    func ldidEncoding() throws {
        for (ldid, byte, expected, name) in [(UInt8(0x57), UInt8(0xE9), "é", "windows-1252"), (0xC9, 0xC4, "Д", "windows-1251"),
                                             (0x01, 0x82, "é", "CP437"), (0x02, 0x9B, "ø", "CP850")] {
            let base = try SmallLayer.write()
            try FileManager.default.removeItem(atPath: base + ".cpg")
            var dbf = try ShapefileFixture.bytes(base + ".dbf")
            let headerLength = Int(dbf[8]) | Int(dbf[9]) << 8
            dbf[29] = ldid
            dbf[headerLength + 2] = byte // second character of record 1's CODE ("A" → "A?")
            try ShapefileFixture.write(dbf, to: base + ".dbf")
            let layer = try ShapefileReader.read(path: base + ".shp")
            #expect(layer.features[0].attributes[0] == .string("A" + expected), "LDID \(ldid)")
            #expect(layer.encoding == "\(name) (from LDID 0x\(String(ldid, radix: 16, uppercase: true)))")
        }
    }

    @Test("a .cpg naming a code page wins over the LDID byte")
    func cpgEncoding() throws {
        let base = try SmallLayer.write()
        try ShapefileFixture.write(Array("ANSI 1250\n".utf8), to: base + ".cpg")
        var dbf = try ShapefileFixture.bytes(base + ".dbf")
        let headerLength = Int(dbf[8]) | Int(dbf[9]) << 8
        dbf[29] = 0x57
        dbf[headerLength + 2] = 0x9A // š in Windows-1250
        try ShapefileFixture.write(dbf, to: base + ".dbf")
        let layer = try ShapefileReader.read(path: base + ".shp")
        #expect(layer.features[0].attributes[0] == .string("Aš"))
        #expect(layer.encoding == "windows-1250 (from .cpg)")
    }

    @Test("with neither .cpg nor LDID, UTF-8 is assumed with a warning, and bytes that are not UTF-8 are read as Windows-1252")
    func assumedEncoding() throws {
        let base = try SmallLayer.write()
        try FileManager.default.removeItem(atPath: base + ".cpg")
        var dbf = try ShapefileFixture.bytes(base + ".dbf")
        let headerLength = Int(dbf[8]) | Int(dbf[9]) << 8, recordLength = Int(dbf[10]) | Int(dbf[11]) << 8
        dbf[29] = 0
        dbf.replaceSubrange((headerLength + 2)..<(headerLength + 4), with: Array("é".utf8))
        dbf[headerLength + recordLength + 2] = 0xE9
        try ShapefileFixture.write(dbf, to: base + ".dbf")
        let layer = try ShapefileReader.read(path: base + ".shp")
        #expect(layer.features[0].attributes[0] == .string("Aé"))
        #expect(layer.features[1].attributes[0] == .string("Bé"))
        #expect(layer.encoding == "UTF-8 (assumed)")
        #expect(layer.warnings.contains { $0.contains("assumed UTF-8") }, "\(layer.warnings)")
        #expect(layer.warnings.contains { $0.contains("1 value(s) were not valid UTF-8") }, "\(layer.warnings)")
    }

    @Test("a line shapefile is refused with its type named")
    func lineShapefile() throws {
        let base = try SmallLayer.write()
        var bytes = try ShapefileFixture.bytes(base + ".shp")
        bytes[32] = 3
        try ShapefileFixture.write(bytes, to: base + ".shp")
        let error = try #require(readError(base + ".shp"))
        #expect(error.message.contains("PolyLine") && error.message.contains("boundaries must be polygons"), "\(error)")
    }

    @Test("a missing .shp is an error naming it")
    func missingSHP() throws {
        let folder = try SharedData.temporaryFolder()
        let error = try #require(readError(folder.appendingPathComponent("nothing.shp").path))
        #expect(error.message.contains("not found"))
    }

    @Test("hundreds of random corruptions of .shp, .shx and .dbf bytes give errors or layers, never a crash")
    func fuzz() throws {
        let base = try SmallLayer.write()
        let originals = try ["shp", "shx", "dbf"].map { try ShapefileFixture.bytes(base + "." + $0) }
        var random = SplitMix64(seed: 2026)
        for round in 0..<300 {
            let target = round % 3
            var bytes = originals[target]
            switch random.next() % 3 {
            case 0: for _ in 0..<(1 + random.next() % 8) { bytes[Int(random.next() % UInt64(bytes.count))] = UInt8(truncatingIfNeeded: random.next()) }
            case 1: bytes = Array(bytes.prefix(Int(random.next() % UInt64(bytes.count))))
            default: bytes[Int(random.next() % UInt64(min(bytes.count, 120)))] = UInt8(truncatingIfNeeded: random.next())
            }
            for (index, ext) in ["shp", "shx", "dbf"].enumerated() {
                try ShapefileFixture.write(index == target ? bytes : originals[index], to: base + "." + ext)
            }
            do {
                _ = try ShapefileReader.read(path: base + ".shp")
            } catch let error as InputError {
                #expect(!error.message.isEmpty)
            }
        }
    }
}
