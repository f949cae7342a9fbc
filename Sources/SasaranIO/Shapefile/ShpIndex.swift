/// Where one record's contents lie in the .shp (after its 8-byte record header).
struct ShpRecordLocation: Equatable {
    /// Byte offset of the record contents (record header offset + 8).
    var contentOffset: Int
    /// Content length in bytes.
    var contentLength: Int
}

/// The 100-byte main file header shared by .shp and .shx.
struct ShpHeader {
    var shapeType: ShapeType
    /// File length in bytes as the header states it (32-bit count of 16-bit words, read unsigned).
    var declaredLength: Int
    var minX, minY, maxX, maxY: Double

    static let size = 100
    static let fileCode: UInt32 = 9994

    /// Parses and checks the header of `file` (a .shp or .shx).
    static func parse(_ file: FileBytes) throws -> ShpHeader {
        let bytes = file.bytes
        guard bytes.count >= size else {
            throw InputError(file: file.path, message: "too short for a shapefile: \(bytes.count) bytes, the header alone takes 100")
        }
        let code = bytes.uint32BE(at: 0)!
        guard code == fileCode else {
            throw InputError(file: file.path, message: "not a shapefile: file code is \(Int32(bitPattern: code)), 9994 expected")
        }
        let version = bytes.int32LE(at: 28)!
        guard version == 1000 else {
            throw InputError(file: file.path, message: "unsupported shapefile version \(version), 1000 expected")
        }
        let rawType = bytes.int32LE(at: 32)!
        guard let type = ShapeType(rawValue: rawType) else {
            throw InputError(file: file.path, message: "unknown shape type \(rawType) in the header")
        }
        return ShpHeader(shapeType: type, declaredLength: Int(bytes.uint32BE(at: 24)!) * 2,
                         minX: bytes.doubleLE(at: 36)!, minY: bytes.doubleLE(at: 44)!,
                         maxX: bytes.doubleLE(at: 52)!, maxY: bytes.doubleLE(at: 60)!)
    }
}

/// The record index of a .shp: from its .shx, checked against the .shp, or rebuilt by scanning.
enum ShpIndex {
    /// Reads the .shx index and checks every entry against the .shp.
    /// - Throws: ``InputError`` naming the .shx and record for an offset or length past the end
    ///   of the .shp, or naming the .shp when the .shp is shorter than its own header says.
    static func read(shx: FileBytes, shp: FileBytes, shpHeader: ShpHeader) throws -> [ShpRecordLocation] {
        _ = try ShpHeader.parse(shx)
        let bytes = shx.bytes
        let count = (bytes.count - ShpHeader.size) / 8
        let shpSize = shp.count
        let truncated = shpHeader.declaredLength > shpSize
        // Every record takes at least 12 bytes of the .shp (an 8-byte header and a shape type):
        // an index listing more cannot be right, and is refused before memory is taken for it.
        // A .shp cut short is reported by the walk below, at the first record past its end.
        let most = max(0, shpSize - ShpHeader.size) / 12
        guard count <= most || truncated else {
            throw InputError(file: shx.path, message: "index lists \(count) records, but the .shp (\(shpSize) bytes) can hold at most \(most); the .shx belongs to another file or is damaged (remove it to rebuild the index by scanning)")
        }
        var locations: [ShpRecordLocation] = []
        locations.reserveCapacity(min(count, most))
        for index in 0..<count {
            let entry = ShpHeader.size + index * 8
            let offset = Int(bytes.uint32BE(at: entry)!) * 2
            let length = Int(bytes.uint32BE(at: entry + 4)!) * 2
            let record = index + 1
            guard offset >= ShpHeader.size, offset + 8 <= shpSize else {
                if truncated, offset >= ShpHeader.size, offset <= shpHeader.declaredLength {
                    throw truncation(shp, shpHeader, record: record)
                }
                throw InputError(file: shx.path, record: record,
                                 message: "index gives offset \(offset) bytes, outside the .shp (\(shpSize) bytes)")
            }
            guard offset + 8 + length <= shpSize else {
                if truncated { throw truncation(shp, shpHeader, record: record) }
                throw InputError(file: shx.path, record: record,
                                 message: "index gives record length \(length) bytes at offset \(offset), past the end of the .shp (\(shpSize) bytes)")
            }
            locations.append(ShpRecordLocation(contentOffset: offset + 8, contentLength: length))
        }
        return locations
    }

    /// Rebuilds the index by walking the .shp's record headers from the first record on.
    /// - Throws: ``InputError`` naming the .shp and record when a record runs past the end.
    static func scan(shp: FileBytes, shpHeader: ShpHeader) throws -> [ShpRecordLocation] {
        let bytes = shp.bytes
        // A header that claims less than the file holds is common (trailing bytes); one that
        // claims more means the file was cut short, which the record walk reports.
        let end = bytes.count
        var locations: [ShpRecordLocation] = []
        var offset = ShpHeader.size
        while offset < end {
            let record = locations.count + 1
            if shpHeader.declaredLength >= ShpHeader.size, offset >= shpHeader.declaredLength, end - offset < 8 { break }
            guard let length = bytes.uint32BE(at: offset + 4).map({ Int($0) * 2 }) else {
                throw truncation(shp, shpHeader, record: record, detail: "the record header is cut off at byte \(end)")
            }
            guard length >= 4 else {
                throw InputError(file: shp.path, record: record,
                                 message: "record header at offset \(offset) gives content length \(length) bytes; a record holds at least its 4-byte shape type")
            }
            guard offset + 8 + length <= end else {
                throw truncation(shp, shpHeader, record: record,
                                 detail: "content length \(length) bytes at offset \(offset) runs past the end (\(end) bytes)")
            }
            locations.append(ShpRecordLocation(contentOffset: offset + 8, contentLength: length))
            offset += 8 + length
        }
        // Cut exactly at a record boundary: every record read is whole, but some are missing.
        if shpHeader.declaredLength > end {
            throw truncation(shp, shpHeader, record: locations.count + 1, detail: "the file ends after record \(locations.count)")
        }
        return locations
    }

    static func truncation(_ shp: FileBytes, _ header: ShpHeader, record: Int, detail: String? = nil) -> InputError {
        var message = "truncated: the header says \(header.declaredLength) bytes but the file has \(shp.count)"
        if header.declaredLength <= shp.count { message = "truncated or corrupt record" }
        if let detail { message += "; \(detail)" }
        return InputError(file: shp.path, record: record, message: message)
    }
}
