import Foundation
import SasaranGeo

/// Writes Polygon shapefiles: .shp, .shx, .dbf, .cpg ("UTF-8") and, when a CRS is given, .prj.
///
/// Rings follow the ESRI specification: shells clockwise, holes counter-clockwise (rings are
/// reversed where needed). Attributes are dBASE III: character (C) and numeric (N) fields, text
/// in UTF-8. The files are written through an ``OutputTransaction``: all of them or none, never
/// over an input. Hand-written for the same reason as ``ShapefileReader``.
public enum ShapefileWriter {
    /// A .dbf field to write.
    public struct FieldSpec: Sendable, Equatable {
        /// The dBASE field type and its width.
        public enum Kind: Sendable, Equatable {
            /// Text, `length` bytes of UTF-8 (1…254); longer values are cut at a character boundary.
            case character(length: Int)
            /// A number right-aligned in `length` characters with `decimals` digits after the point.
            case numeric(length: Int, decimals: Int)
        }

        /// Up to 10 ASCII characters.
        public var name: String
        public var kind: Kind

        /// A field named `name` (1 to 10 ASCII characters) of the given kind.
        public init(name: String, kind: Kind) { self.name = name; self.kind = kind }
    }

    /// One record: its polygons (each shell first, then holes; nil for a null shape) and values
    /// aligned with the fields.
    public struct Record {
        public var polygons: [PolygonRings]?
        public var values: [FieldValue]

        /// A record from rings (interleaved x,y, any winding; each polygon's shell first).
        public init(polygons: [PolygonRings]?, values: [FieldValue]) { self.polygons = polygons; self.values = values }

        /// A record from a Polygon or MultiPolygon geometry (nil for a null shape).
        public init(geometry: Geometry?, values: [FieldValue]) throws {
            self.polygons = try geometry?.polygonRings()
            self.values = values
        }
    }

    /// Writes the set at `path` (the .shp path, or the path without extension).
    /// - Parameters:
    ///   - prj: the CRS as WKT for the .prj (ESRI or OGC dialect); nil writes no .prj.
    ///   - date: the .dbf's date of last update (UTC year, month, day); nil for today.
    ///   - transaction: the run's transaction to stage the files in; nil writes them at once in a
    ///     transaction of their own.
    /// - Throws: ``InputError`` naming the file for a bad field spec or a value that does not
    ///   fit; ``OutputError`` for a refused output or a write failure.
    public static func write(path: String, fields: [FieldSpec], records: [Record], prj: String?,
                             date: (year: Int, month: Int, day: Int)? = nil, into transaction: OutputTransaction? = nil) throws {
        let base = path.lowercased().hasSuffix(".shp") ? String(path.dropLast(4)) : path
        try validate(fields, path: base + ".dbf")
        var shp = ByteBuilder(), shx = ByteBuilder()
        var box = Envelope.empty
        var contents: [ByteBuilder] = []
        contents.reserveCapacity(records.count)
        for record in records {
            var content = ByteBuilder()
            if let polygons = record.polygons, !polygons.isEmpty {
                let rings = polygons.flatMap { polygon in
                    polygon.enumerated().map { oriented($1, clockwise: $0 == 0) }
                }
                var recordBox = Envelope.empty
                for ring in rings { recordBox = recordBox.union(Ring.envelope(ring)) }
                box = box.union(recordBox)
                content.int32LE(ShapeType.polygon.rawValue)
                content.box(recordBox)
                content.int32LE(Int32(rings.count))
                content.int32LE(Int32(rings.reduce(0) { $0 + $1.count / 2 }))
                var start = 0
                for ring in rings { content.int32LE(Int32(start)); start += ring.count / 2 }
                for ring in rings { for value in ring { content.doubleLE(value) } }
            } else {
                content.int32LE(ShapeType.null.rawValue)
            }
            contents.append(content)
        }
        let shpLength = 100 + contents.reduce(0) { $0 + 8 + $1.bytes.count }
        let shxLength = 100 + 8 * contents.count
        guard shpLength / 2 <= Int(UInt32.max) else { throw InputError(file: base + ".shp", message: "too large for a shapefile (over 8 GiB)") }
        let finalBox = box.isEmpty ? Envelope(minX: 0, minY: 0, maxX: 0, maxY: 0) : box
        shp.header(length: shpLength, box: finalBox)
        shx.header(length: shxLength, box: finalBox)
        var offset = 100
        for (index, content) in contents.enumerated() {
            shx.uint32BE(UInt32(offset / 2)); shx.uint32BE(UInt32(content.bytes.count / 2))
            shp.uint32BE(UInt32(index + 1)); shp.uint32BE(UInt32(content.bytes.count / 2))
            shp.bytes.append(contentsOf: content.bytes)
            offset += 8 + content.bytes.count
        }
        let dbf = try dbfBytes(fields: fields, records: records, date: date, path: base + ".dbf")
        let output = transaction ?? OutputTransaction()
        try output.write(shp.bytes, to: base + ".shp")
        try output.write(shx.bytes, to: base + ".shx")
        try output.write(dbf, to: base + ".dbf")
        try output.write("UTF-8", to: base + ".cpg")
        if let prj { try output.write(prj, to: base + ".prj") }
        if transaction == nil { try output.commit() }
    }

    /// Writes a layer's features with the given fields (values taken by field name).
    public static func write(layer: FeatureLayer, to path: String, fields: [FieldSpec], prj: String?,
                             into transaction: OutputTransaction? = nil) throws {
        let positions = try fields.map { try layer.fieldIndex($0.name) }
        let records = try layer.features.map { feature in
            try Record(geometry: try feature.geometry, values: positions.map { feature.attributes[$0] })
        }
        try write(path: path, fields: fields, records: records, prj: prj, into: transaction)
    }

    private static func validate(_ fields: [FieldSpec], path: String) throws {
        for field in fields {
            guard !field.name.isEmpty, field.name.utf8.count <= 10, field.name.allSatisfy(\.isASCII) else {
                throw InputError(file: path, field: field.name, message: "field names are 1 to 10 ASCII characters")
            }
            switch field.kind {
            case let .character(length) where !(1...254).contains(length),
                 let .numeric(length, _) where !(1...20).contains(length):
                throw InputError(file: path, field: field.name, message: "field length \(length) is outside what dBASE allows")
            case let .numeric(length, decimals) where decimals < 0 || decimals > 15 || (decimals > 0 && decimals >= length - 1):
                throw InputError(file: path, field: field.name, message: "\(decimals) decimals do not fit in \(length) characters")
            default: break
            }
        }
    }

    private static func dbfBytes(fields: [FieldSpec], records: [Record], date: (year: Int, month: Int, day: Int)?,
                                 path: String) throws -> [UInt8] {
        var out = ByteBuilder()
        let headerLength = 32 + 32 * fields.count + 1
        let recordLength = 1 + fields.reduce(0) { $0 + $1.length }
        guard recordLength <= Int(UInt16.max) else { throw InputError(file: path, message: "records longer than 65,535 bytes") }
        let now = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: Date())
        let day = date ?? (now.year ?? 2000, now.month ?? 1, now.day ?? 1)
        out.bytes += [0x03, UInt8(clamping: day.year - 1900), UInt8(clamping: day.month), UInt8(clamping: day.day)]
        out.uint32LE(UInt32(records.count))
        out.uint16LE(UInt16(headerLength)); out.uint16LE(UInt16(recordLength))
        out.bytes += [UInt8](repeating: 0, count: 20) // reserved; LDID (byte 29) 0: the .cpg says UTF-8
        for field in fields {
            var name = Array(field.name.utf8)
            name += [UInt8](repeating: 0, count: 11 - name.count)
            out.bytes += name
            switch field.kind {
            case .character: out.bytes.append(UInt8(ascii: "C"))
            case .numeric: out.bytes.append(UInt8(ascii: "N"))
            }
            out.bytes += [0, 0, 0, 0, UInt8(field.length), UInt8(field.decimals)]
            out.bytes += [UInt8](repeating: 0, count: 14)
        }
        out.bytes.append(0x0D)
        for (index, record) in records.enumerated() {
            guard record.values.count == fields.count else {
                throw InputError(file: path, record: index + 1, message: "\(record.values.count) values for \(fields.count) fields")
            }
            out.bytes.append(0x20)
            for (field, value) in zip(fields, record.values) {
                out.bytes += try encode(value, field, record: index + 1, path: path)
            }
        }
        out.bytes.append(0x1A)
        return out.bytes
    }

    private static func encode(_ value: FieldValue, _ field: FieldSpec, record: Int, path: String) throws -> [UInt8] {
        switch field.kind {
        case let .character(length):
            if value == .null { return [UInt8](repeating: 0x20, count: length) }
            var text = Array(value.text.utf8)
            if text.count > length {
                var end = length
                // Do not cut inside a UTF-8 sequence: back up over continuation bytes.
                while end > 0, text[end] & 0xC0 == 0x80 { end -= 1 }
                text = Array(text[0..<end])
            }
            return text + [UInt8](repeating: 0x20, count: length - text.count)
        case let .numeric(length, decimals):
            let number: Double
            switch value {
            case .null: return [UInt8](repeating: 0x20, count: length)
            case let .number(value): number = value
            case let .bool(value): number = value ? 1 : 0
            case let .string(text), let .date(text):
                guard let parsed = Double(text.trimmingCharacters(in: .whitespaces)) else {
                    throw InputError(file: path, record: record, field: field.name, message: "\"\(text)\" is not a number")
                }
                number = parsed
            }
            guard number.isFinite else { return [UInt8](repeating: 0x20, count: length) }
            let text = decimals == 0 && abs(number) < 1e18 ? String(Int64(number.rounded())) : String(format: "%.\(decimals)f", number)
            guard text.utf8.count <= length else {
                throw InputError(file: path, record: record, field: field.name, message: "\(text) does not fit in \(length) characters")
            }
            return [UInt8](repeating: 0x20, count: length - text.utf8.count) + Array(text.utf8)
        }
    }

    /// The ring as closed x,y doubles turning the wanted way (shoelace sign, y up).
    private static func oriented(_ ring: [Double], clockwise: Bool) -> [Double] {
        var xy = ring
        if xy.count >= 2, xy[0] != xy[xy.count - 2] || xy[1] != xy[xy.count - 1] { xy += [xy[0], xy[1]] }
        return Ring.oriented(xy, counterClockwise: !clockwise)
    }
}

extension ShapefileWriter.FieldSpec {
    var length: Int {
        switch kind {
        case let .character(length), let .numeric(length, _): return length
        }
    }

    var decimals: Int {
        if case let .numeric(_, decimals) = kind { return decimals }
        return 0
    }
}


/// Appends binary fields in the byte orders the shapefile formats use.
struct ByteBuilder {
    var bytes: [UInt8] = []

    mutating func uint32BE(_ value: UInt32) { withUnsafeBytes(of: value.bigEndian) { bytes += $0 } }
    mutating func uint32LE(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { bytes += $0 } }
    mutating func uint16LE(_ value: UInt16) { withUnsafeBytes(of: value.littleEndian) { bytes += $0 } }
    mutating func int32LE(_ value: Int32) { uint32LE(UInt32(bitPattern: value)) }
    mutating func doubleLE(_ value: Double) { withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes += $0 } }

    mutating func box(_ box: Envelope) {
        doubleLE(box.minX); doubleLE(box.minY); doubleLE(box.maxX); doubleLE(box.maxY)
    }

    /// The 100-byte main file header of a Polygon .shp or .shx.
    mutating func header(length: Int, box: Envelope) {
        uint32BE(9994)
        bytes += [UInt8](repeating: 0, count: 20)
        uint32BE(UInt32(length / 2))
        int32LE(1000)
        int32LE(ShapeType.polygon.rawValue)
        self.box(box)
        for _ in 0..<4 { doubleLE(0) }
    }
}
