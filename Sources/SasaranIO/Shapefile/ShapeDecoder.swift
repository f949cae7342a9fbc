import SasaranGeo

/// Turns .shp record contents into GEOS geometries.
///
/// Hand-written rather than taken from a library: no well-kept Swift shapefile library exists,
/// and none reads from a memory map straight into GEOS. A ring whose points are 8-byte aligned in
/// the file's bytes (and need no transform) goes to GEOS in one `GEOSCoordSeq_copyFromBuffer_r` call
/// from those bytes; otherwise it is copied once to a scratch buffer first.
struct ShapeDecoder {
    /// Transform from the file's CRS to WGS84 lon/lat, when one is needed.
    var transform: CoordinateTransform?
    /// Collect the extent of the raw coordinates (to judge a missing .prj).
    var trackExtent: Bool
    /// Extent of every coordinate read, in the file's own units (only when `trackExtent`).
    var extent = Envelope.empty
    /// Problems repaired on the way, as (record, what): unclosed rings closed, degenerate rings dropped.
    /// What ``RingRepair`` did to the rings of the last record decoded.
    var repairs: [String] = []
    /// Points with NaN or "no data" (< -1e38) coordinates, read as empty.
    var emptyPoints = 0

    init(transform: CoordinateTransform?, trackExtent: Bool) {
        self.transform = transform
        self.trackExtent = trackExtent
    }

    /// Decodes one record. Returns nil for a null or empty shape.
    /// - Throws: ``InputError`` naming the .shp and record for contents that run past the record's
    ///   length, unknown or line shape types, and coordinates GEOS or PROJ cannot take.
    mutating func decode(_ content: UnsafeRawBufferPointer, record: Int, file: String) throws -> Geometry? {
        repairs = []
        func fail(_ message: String) -> InputError { InputError(file: file, record: record, message: message) }
        guard let rawType = content.int32LE(at: 0) else {
            if content.isEmpty { return nil }
            throw fail("record content is \(content.count) bytes, too short for a shape type")
        }
        guard let type = ShapeType(rawValue: rawType) else { throw fail("unknown shape type \(rawType)") }
        do {
            switch type {
            case .null:
                return nil
            case .point, .pointZ, .pointM:
                guard let x = content.doubleLE(at: 4), let y = content.doubleLE(at: 12) else {
                    throw fail("record content length \(content.count) bytes is too short for a \(type)")
                }
                // ArcGIS writes an empty point as NaN; values below -1e38 are the format's "no data".
                guard Self.hasData(x), Self.hasData(y) else { emptyPoints += 1; return try Geometry(wkt: "POINT EMPTY") }
                if trackExtent { trackExtent(of: content.slice(4, 16)!) }
                var xy = [x, y]
                try project(&xy)
                return try Geometry.point(x: xy[0], y: xy[1])
            case .multiPoint, .multiPointZ, .multiPointM:
                guard let count = content.int32LE(at: 36), count >= 0 else { throw fail("record content is too short for a \(type)") }
                guard count <= Limits.maxVerticesPerShape else {
                    throw fail("\(count) points, more than the limit of \(Limits.maxVerticesPerShape) points per shape (see docs/limits.md)")
                }
                guard let raw = content.slice(40, Int(count) * 16) else {
                    throw fail("\(count) points do not fit in the record's content length of \(content.count) bytes")
                }
                if count == 0 { return nil }
                var xy = copy(raw)
                // Drop empty points (NaN or "no data"), keep the rest.
                var kept: [Double] = []
                kept.reserveCapacity(xy.count)
                for index in stride(from: 0, to: xy.count, by: 2) where Self.hasData(xy[index]) && Self.hasData(xy[index + 1]) {
                    kept.append(xy[index]); kept.append(xy[index + 1])
                }
                if kept.count < xy.count { emptyPoints += (xy.count - kept.count) / 2 }
                xy = kept
                if xy.isEmpty { return nil }
                if trackExtent { xy.withUnsafeBytes { trackExtent(of: $0) } }
                try project(&xy)
                let points = try stride(from: 0, to: xy.count, by: 2).map { try Geometry.point(x: xy[$0], y: xy[$0 + 1]) }
                return try Geometry.collection(.multiPoint, points)
            case .polygon, .polygonZ, .polygonM:
                return try polygon(content, type: type, record: record, file: file)
            case .polyLine, .polyLineZ, .polyLineM, .multiPatch:
                throw fail("\(type) shapes are not supported: boundaries must be polygons")
            }
        } catch let error as GeoError {
            throw fail("\(error)")
        }
    }

    /// The record as a ``FeatureShape``. With `deferPolygons`, a polygon whose rings are all
    /// closed with four points or more, in lon/lat as stored (no transform), is only checked here
    /// (counts, offsets, finite coordinates) and keeps pointing into `owner`'s bytes: its GEOS
    /// geometry is built from them when first asked for, and point indexes read them directly.
    mutating func shape(_ content: UnsafeRawBufferPointer, record: Int, file: String, owner: AnyObject,
                        deferPolygons: Bool) throws -> FeatureShape? {
        #if _endian(little)
        let canDefer = deferPolygons && transform == nil
        #else
        let canDefer = false
        #endif
        if canDefer, let rawType = content.int32LE(at: 0), let type = ShapeType(rawValue: rawType),
           type == .polygon || type == .polygonZ || type == .polygonM {
            repairs = []
            guard let layout = try polygonLayout(content, type: type, record: record, file: file) else { return nil }
            if trackExtent { extent = extent.union(layout.envelope) }
            let starts = layout.starts
            let closed = (0..<(starts.count - 1)).allSatisfy { part in
                let first = starts[part], last = starts[part + 1] - 1
                return last - first >= 3 && layout.x(first) == layout.x(last) && layout.y(first) == layout.y(last)
            }
            if closed {
                let coordinates = PolygonCoordinates(owner: owner, base: layout.raw.baseAddress!,
                                                     ringStarts: starts.map { Int32($0) }, envelope: layout.envelope)
                return FeatureShape(deferred: coordinates) {
                    var decoder = ShapeDecoder(transform: nil, trackExtent: false)
                    guard let geometry = try decoder.decode(content, record: record, file: file) else {
                        throw InputError(file: file, record: record, message: "the polygon's rings vanished when it was built")
                    }
                    return withExtendedLifetime(owner) { geometry }
                }
            }
        }
        return try decode(content, record: record, file: file).map(FeatureShape.init(built:))
    }

    /// A polygon record's parts and points, checked: counts within limits and the content,
    /// part offsets in order, every coordinate finite; nil for a polygon with no part or point.
    struct PolygonLayout {
        /// The points' bytes (16 per point, little-endian x then y).
        var raw: UnsafeRawBufferPointer
        /// Part `p` holds points `starts[p] ..< starts[p + 1]`.
        var starts: [Int]
        var envelope: Envelope

        func x(_ point: Int) -> Double { raw.loadUnaligned(fromByteOffset: point * 16, as: Double.self) }
        func y(_ point: Int) -> Double { raw.loadUnaligned(fromByteOffset: point * 16 + 8, as: Double.self) }
    }

    private func polygonLayout(_ content: UnsafeRawBufferPointer, type: ShapeType, record: Int, file: String) throws -> PolygonLayout? {
        func fail(_ message: String) -> InputError { InputError(file: file, record: record, message: message) }
        guard let parts = content.int32LE(at: 36), let points = content.int32LE(at: 40) else {
            throw fail("record content length \(content.count) bytes is too short for a \(type) header")
        }
        guard parts >= 0, points >= 0 else { throw fail("negative part or point count (\(parts) parts, \(points) points)") }
        guard parts <= Limits.maxPartsPerShape else {
            throw fail("\(parts) parts, more than the limit of \(Limits.maxPartsPerShape) parts per polygon (see docs/limits.md)")
        }
        guard points <= Limits.maxVerticesPerShape else {
            throw fail("\(points) points, more than the limit of \(Limits.maxVerticesPerShape) points per shape (see docs/limits.md)")
        }
        let partCount = Int(parts), pointCount = Int(points)
        let pointsOffset = 44 + 4 * partCount
        guard content.has(44, 4 * partCount), let raw = content.slice(pointsOffset, pointCount * 16) else {
            throw fail("\(parts) parts and \(points) points do not fit in the record's content length of \(content.count) bytes")
        }
        if partCount == 0 || pointCount == 0 { return nil }
        var starts = [Int](repeating: 0, count: partCount + 1)
        for part in 0..<partCount {
            let start = Int(content.int32LE(at: 44 + 4 * part)!)
            guard start >= 0, start <= pointCount, part == 0 || start >= starts[part - 1] else {
                throw fail("part \(part + 1) starts at point \(start), outside 0…\(pointCount) or before the previous part")
            }
            starts[part] = start
        }
        starts[partCount] = pointCount
        // NaN or infinity in a ring would reach GEOS and make every area and test meaningless.
        // One pass finds both that and the envelope (a NaN compares false and leaves the box be).
        var box = Envelope.empty
        var finite = true
        for point in 0..<pointCount {
            let x = Double(bitPattern: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: point &* 16, as: UInt64.self)))
            let y = Double(bitPattern: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: point &* 16 &+ 8, as: UInt64.self)))
            finite = finite && x.isFinite && y.isFinite
            box.minX = min(box.minX, x); box.maxX = max(box.maxX, x)
            box.minY = min(box.minY, y); box.maxY = max(box.maxY, y)
        }
        if !finite {
            var offset = 0
            while raw.doubleLE(at: offset)!.isFinite { offset += 8 }
            throw fail("point \(offset / 16 + 1) has a coordinate that is not a finite number (\(raw.doubleLE(at: offset)!))")
        }
        return PolygonLayout(raw: raw, starts: starts, envelope: box)
    }

    private mutating func polygon(_ content: UnsafeRawBufferPointer, type: ShapeType, record: Int, file: String) throws -> Geometry? {
        guard let layout = try polygonLayout(content, type: type, record: record, file: file) else { return nil }
        let raw = layout.raw, starts = layout.starts
        let partCount = starts.count - 1, pointCount = starts[partCount]
        if trackExtent { extent = extent.union(layout.envelope) }

        #if _endian(little)
        let aligned = Int(bitPattern: raw.baseAddress) % MemoryLayout<Double>.alignment == 0
        #else
        let aligned = false
        #endif
        // Fast path: one ring, aligned in the file's bytes, closed, no transform: straight into GEOS.
        if partCount == 1, transform == nil, aligned, starts[0] == 0, pointCount >= 4 {
            // The bytes are untyped memory; binding it to Double is valid for aligned bytes.
            let xy = raw.bindMemory(to: Double.self)
            if xy[0] == xy[2 * pointCount - 2], xy[1] == xy[2 * pointCount - 1] {
                return try Geometry.polygon(shell: xy)
            }
        }
        var rings: [[Double]] = []
        rings.reserveCapacity(partCount)
        for part in 0..<partCount {
            let ringPoints = starts[part + 1] - starts[part]
            if ringPoints == 0 { continue }
            let cleaned = RingRepair.clean(copy(UnsafeRawBufferPointer(rebasing: raw[(starts[part] * 16)..<(starts[part + 1] * 16)])),
                                           number: part + 1)
            if let note = cleaned.note { repairs.append(note) }
            guard var xy = cleaned.xy else { continue }
            try project(&xy)
            rings.append(xy)
        }
        if rings.isEmpty { return nil }
        if rings.count == 1 {
            return try rings[0].withUnsafeBufferPointer { try Geometry.polygon(shell: $0) }
        }
        // Islands: when no ring's box lies inside another's, no ring can be a hole, so every
        // ring is a shell and the containment tests of the assembly can be skipped.
        if !anyBoxInsideAnother(rings) {
            return try Geometry.polygonal(rings.map { ring in try ring.withUnsafeBufferPointer { try Geometry.polygon(shell: $0) } })
        }
        return try PolygonAssembly.assemble(rings)
    }

    /// True when some ring's bounding box lies inside (or equals) another's: a sweep over the
    /// boxes sorted by their west edge, comparing each only with boxes still open at that edge.
    func anyBoxInsideAnother(_ rings: [[Double]]) -> Bool {
        let boxes = rings.map(Ring.envelope)
        let order = boxes.indices.sorted { boxes[$0].minX < boxes[$1].minX }
        var open: [Int] = []
        for current in order {
            let box = boxes[current]
            open.removeAll { boxes[$0].maxX < box.minX }
            for other in open {
                let candidate = boxes[other]
                if candidate.contains(box) || box.contains(candidate) { return true }
            }
            open.append(current)
        }
        return false
    }

    /// False for NaN, infinity and the shapefile "no data" values (below -1e38).
    static func hasData(_ value: Double) -> Bool { value.isFinite && value > -1e38 }

    /// Copies little-endian doubles out of the file's bytes (unaligned loads).
    private func copy(_ raw: UnsafeRawBufferPointer) -> [Double] {
        let count = raw.count / 8
        return [Double](unsafeUninitializedCapacity: count) { buffer, initialized in
            #if _endian(little)
            UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[0..<(count * 8)]))
            #else
            for index in 0..<count { buffer[index] = raw.doubleLE(at: index * 8)! }
            #endif
            initialized = count
        }
    }

    private func project(_ xy: inout [Double]) throws {
        guard let transform else { return }
        try xy.withUnsafeMutableBufferPointer { try transform.transform($0) }
    }

    private mutating func trackExtent(of raw: UnsafeRawBufferPointer) {
        var box = extent
        var offset = 0
        while offset + 16 <= raw.count {
            let x = raw.doubleLE(at: offset)!, y = raw.doubleLE(at: offset + 8)!
            if x < box.minX { box.minX = x }
            if x > box.maxX { box.maxX = x }
            if y < box.minY { box.minY = y }
            if y > box.maxY { box.maxY = y }
            offset += 16
        }
        extent = box
    }
}
