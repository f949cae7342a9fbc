import Foundation
import SasaranGeo
@testable import SasaranIO
import Testing

/// Small hand-made layers for writer and bad-input tests.
enum SmallLayer {
    static let fields = [ShapefileWriter.FieldSpec(name: "CODE", kind: .character(length: 10)),
                         ShapefileWriter.FieldSpec(name: "VALUE", kind: .numeric(length: 12, decimals: 2))]

    /// A closed square ring, counter-clockwise.
    static func square(_ x: Double, _ y: Double, _ size: Double) -> [Double] {
        [x, y, x + size, y, x + size, y + size, x, y + size, x, y]
    }

    /// Three records: a square, a square with a hole, and two squares (a MultiPolygon).
    static func records() -> [ShapefileWriter.Record] {
        [ShapefileWriter.Record(polygons: [[square(100, -5, 1)]], values: [.string("A"), .number(1.5)]),
         ShapefileWriter.Record(polygons: [[square(102, -5, 2), square(102.5, -4.5, 1)]], values: [.string("B"), .number(-2)]),
         ShapefileWriter.Record(polygons: [[square(105, -5, 1)], [square(107, -5, 1)]], values: [.string("C"), .null])]
    }

    static let wgs84WKT = #"GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]"#

    /// Writes the three records as `name`.shp in a fresh folder and returns the path without extension.
    static func write(_ name: String = "small", prj: String? = wgs84WKT) throws -> String {
        let base = try SharedData.temporaryFolder().appendingPathComponent(name).path
        try ShapefileWriter.write(path: base + ".shp", fields: fields, records: records(), prj: prj)
        return base
    }
}

@Suite("Shapefile writer")
struct ShapefileWriterTests {
    @Test("a written set reads back with the same shapes, holes, values, CRS and encoding")
    func roundTrip() throws {
        let base = try SmallLayer.write()
        for ext in ["shp", "shx", "dbf", "prj", "cpg"] {
            #expect(FileManager.default.fileExists(atPath: base + "." + ext), "\(ext) written")
        }
        let layer = try ShapefileReader.read(path: base + ".shp")
        #expect(layer.features.count == 3)
        #expect(layer.fields == [Field(name: "CODE", type: "C(10)"), Field(name: "VALUE", type: "N(12,2)")])
        #expect(layer.features.map { $0.attributes } == [[.string("A"), .number(1.5)], [.string("B"), .number(-2)], [.string("C"), .null]])
        #expect(layer.encoding == "UTF-8 (from .cpg)")
        #expect(layer.crs.code == "EPSG:4326" && !layer.crs.transformed)
        #expect(layer.warnings.isEmpty, "\(layer.warnings)")
        let shapes = try layer.features.map { try #require(try $0.geometry) }
        #expect(shapes.map(\.typeID) == [.polygon, .polygon, .multiPolygon])
        let rings = try shapes[1].polygonRings()
        #expect(rings.count == 1 && rings[0].count == 2, "square with one hole")
        #expect(abs(try shapes[1].planarArea() - 3) < 1e-12)
        #expect(abs(try shapes[2].planarArea() - 2) < 1e-12)
    }

    @Test("shells are written clockwise and holes counter-clockwise, as the ESRI specification says")
    func winding() throws {
        let base = try SmallLayer.write()
        // Read the raw second record: its rings as stored.
        let shp = try FileBytes(path: base + ".shp")
        let index = try ShpIndex.read(shx: FileBytes(path: base + ".shx"), shp: shp, shpHeader: ShpHeader.parse(shp))
        let content = shp.bytes.slice(index[1].contentOffset, index[1].contentLength)!
        #expect(content.int32LE(at: 36) == 2)
        let points = Int(content.int32LE(at: 40)!)
        let holeStart = Int(content.int32LE(at: 48)!)
        let xy = (0..<(points * 2)).map { content.doubleLE(at: 52 + 8 * $0)! }
        #expect(Ring.signedArea(Array(xy[0..<(holeStart * 2)])) < 0, "shell clockwise")
        #expect(Ring.signedArea(Array(xy[(holeStart * 2)...])) > 0, "hole counter-clockwise")
    }

    @Test("a hole stored with the wrong winding, before its shell, is still assigned to the shell that contains it")
    func holeWithWrongWinding() throws {
        // Write the rings by hand: hole first and clockwise, shell second and counter-clockwise,
        // plus a separate island: all the winding a careless writer can get wrong.
        let hole = Array(SmallLayer.square(1, 1, 1).reversed2D())
        let shell = SmallLayer.square(0, 0, 4)
        let island = SmallLayer.square(10, 10, 1)
        let base = try SharedData.temporaryFolder().appendingPathComponent("winding").path
        try writeRaw(base, rings: [hole, shell, island])
        let layer = try ShapefileReader.read(path: base)
        let geometry = try #require(try layer.features.first?.geometry)
        #expect(geometry.typeID == .multiPolygon)
        let polygons = try geometry.polygonRings()
        #expect(polygons.map(\.count).sorted() == [1, 2], "one polygon with a hole, one island")
        #expect(abs(try geometry.planarArea() - (16 - 1 + 1)) < 1e-12)
        #expect(try geometry.isValid())
    }

    /// One Polygon record holding `rings` exactly as given (no reorientation), with a .dbf.
    private func writeRaw(_ base: String, rings: [[Double]]) throws {
        var content = ByteBuilder()
        content.int32LE(5)
        var box = Envelope.empty
        for ring in rings { box = box.union(Ring.envelope(ring)) }
        content.box(box)
        content.int32LE(Int32(rings.count))
        content.int32LE(Int32(rings.reduce(0) { $0 + $1.count / 2 }))
        var start = 0
        for ring in rings { content.int32LE(Int32(start)); start += ring.count / 2 }
        for ring in rings { for value in ring { content.doubleLE(value) } }
        var shp = ByteBuilder()
        shp.header(length: 100 + 8 + content.bytes.count, box: box)
        shp.uint32BE(1); shp.uint32BE(UInt32(content.bytes.count / 2))
        shp.bytes += content.bytes
        try ShapefileFixture.write(shp.bytes, to: base + ".shp")
        // The .dbf (and no .shx: the index is rebuilt) from the writer with a null shape.
        try ShapefileWriter.write(path: base + "_attrs", fields: SmallLayer.fields,
                                  records: [.init(polygons: nil, values: [.string("X"), .number(1)])], prj: SmallLayer.wgs84WKT)
        try FileManager.default.moveItem(atPath: base + "_attrs.dbf", toPath: base + ".dbf")
        try FileManager.default.moveItem(atPath: base + "_attrs.prj", toPath: base + ".prj")
    }
}

extension Array where Element == Double {
    /// The ring's points in reverse order.
    func reversed2D() -> [Double] {
        stride(from: count - 2, through: 0, by: -2).flatMap { [self[$0], self[$0 + 1]] }
    }
}
