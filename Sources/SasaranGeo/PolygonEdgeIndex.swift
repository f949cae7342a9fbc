/// The edges of one polygonal region bucketed into horizontal bands, for point-in-polygon tests
/// that look at a handful of edges instead of all of them.
///
/// Written by hand because GEOS 3.11 has no `GEOSPreparedContainsXY_r` (it arrives in 3.12): every
/// GEOS test needs a point geometry allocated and freed, which costs more than the test itself when
/// millions of points are located. Agreement with `GEOSPreparedContains_r` is checked in the tests.
///
/// The index holds no coordinates of its own: each band lists the edges crossing it by the number
/// of their first point in ``PolygonCoordinates`` (which may be the file's own bytes), 2 bytes an
/// edge for regions of up to 65,536 points (4 beyond), so that a layer of 168 million points is
/// held once, not copied into every structure.
struct PolygonEdgeIndex: Sendable {
    let coordinates: PolygonCoordinates
    var envelope: Envelope { coordinates.envelope }
    /// Band `b` holds the edges `edges[bandStart[b] ..< bandStart[b + 1]]` of `narrowEdges` (regions
    /// of up to 65,536 points) or else `wideEdges`; an edge is named by its first point `k` and runs
    /// to point `k + 1` of the same ring.
    private let narrowEdges: [UInt16]
    private let wideEdges: [UInt32]
    private let bandStart: [UInt32]
    /// Bands per degree (the reciprocal of a band's height): multiplying, not dividing, finds a
    /// band, and building and searching use this one rule, so an edge is in every band a point
    /// on it can fall in.
    private let bandsPerUnit: Double

    init(_ coordinates: PolygonCoordinates) {
        self.coordinates = coordinates
        let envelope = coordinates.envelope
        let rings = coordinates.ringStarts
        let points = coordinates.pointCount
        let bands = max(1, min(4096, points / 4))
        let ratio = Double(bands) / max(envelope.maxY - envelope.minY, .leastNormalMagnitude)
        let perUnit = ratio.isFinite ? ratio : 0
        bandsPerUnit = perUnit
        // Each point's band (at most 4,095: 12 bits), computed once for both passes below, with
        // bit 15 set where the edge from this point to the next is horizontal (horizontal edges
        // never cross a horizontal ray and are left out): the passes then never read a coordinate.
        let horizontal: UInt16 = 0x8000
        var pointBand = [UInt16](repeating: 0, count: points)
        pointBand.withUnsafeMutableBufferPointer { pointBand in
            guard points > 0 else { return }
            var y = coordinates.y(0)
            for k in 0..<points {
                let next = k + 1 < points ? coordinates.y(k + 1) : .nan
                pointBand[k] = UInt16(Self.band(y, envelope.minY, perUnit, bands)) | (y == next ? horizontal : 0)
                y = next
            }
        }
        // Counting sort of the non-horizontal edges into the bands they span: count, prefix sums, fill.
        var starts = [UInt32](repeating: 0, count: bands + 1)
        var narrow: [UInt16] = [], wide: [UInt32] = []
        pointBand.withUnsafeBufferPointer { pointBand in
            /// Calls `body(k, lowest band, highest band)` for every non-horizontal edge, ring by ring.
            @inline(__always) func forEachEdge(_ body: (Int, Int, Int) -> Void) {
                for ring in 0..<(rings.count - 1) {
                    let first = Int(rings[ring]), last = Int(rings[ring + 1]) - 1
                    guard first < last else { continue }
                    for k in first..<last where pointBand[k] & horizontal == 0 {
                        let b1 = Int(pointBand[k]), b2 = Int(pointBand[k + 1] & ~horizontal)
                        body(k, min(b1, b2), max(b1, b2))
                    }
                }
            }
            starts.withUnsafeMutableBufferPointer { starts in
                forEachEdge { _, low, high in for b in low...high { starts[b + 1] &+= 1 } }
                for b in 0..<bands { starts[b + 1] &+= starts[b] }
            }
            func fill<T: FixedWidthInteger>(_ type: T.Type) -> [T] {
                var cursor = Array(starts)
                var members = [T](repeating: 0, count: Int(starts[bands]))
                members.withUnsafeMutableBufferPointer { members in
                    cursor.withUnsafeMutableBufferPointer { cursor in
                        forEachEdge { k, low, high in
                            for b in low...high {
                                members[Int(cursor[b])] = T(truncatingIfNeeded: k)
                                cursor[b] &+= 1
                            }
                        }
                    }
                }
                return members
            }
            if points <= Int(UInt16.max) + 1 { narrow = fill(UInt16.self) } else { wide = fill(UInt32.self) }
        }
        narrowEdges = narrow
        wideEdges = wide
        bandStart = starts
    }

    /// The band of `y`: the one rule for building and searching.
    @inline(__always)
    private static func band(_ y: Double, _ minY: Double, _ perUnit: Double, _ bands: Int) -> Int {
        let scaled = (y - minY) * perUnit
        guard scaled > 0 else { return 0 }
        return scaled < Double(bands - 1) ? Int(scaled) : bands - 1
    }

    /// Even-odd rule over all rings: inside a shell and outside its holes. A point exactly on an
    /// edge is counted on one side only (half-open), so a point on a shared border between two
    /// regions lands in exactly one of them.
    @inline(__always)
    func contains(x: Double, y: Double) -> Bool {
        guard envelope.contains(x: x, y: y) else { return false }
        let band = Self.band(y, envelope.minY, bandsPerUnit, bandStart.count - 1)
        let range = Int(bandStart[band])..<Int(bandStart[band + 1])
        if wideEdges.isEmpty {
            return narrowEdges.withUnsafeBufferPointer { Self.crossings($0, range, coordinates.base, x: x, y: y) }
        }
        return wideEdges.withUnsafeBufferPointer { Self.crossings($0, range, coordinates.base, x: x, y: y) }
    }

    /// Whether a ray from the point to the east crosses the band's edges an odd number of times.
    @inline(__always)
    private static func crossings<T: FixedWidthInteger>(_ edges: UnsafeBufferPointer<T>, _ range: Range<Int>, _ base: UnsafeRawPointer,
                                                        x: Double, y: Double) -> Bool {
        var inside = false
        for slot in range {
            let offset = Int(edges[slot]) &* 16
            let y1 = base.loadUnaligned(fromByteOffset: offset &+ 8, as: Double.self)
            let y2 = base.loadUnaligned(fromByteOffset: offset &+ 24, as: Double.self)
            if (y1 > y) != (y2 > y) {
                let x1 = base.loadUnaligned(fromByteOffset: offset, as: Double.self)
                let x2 = base.loadUnaligned(fromByteOffset: offset &+ 16, as: Double.self)
                if x < (x2 - x1) * (y - y1) / (y2 - y1) + x1 { inside.toggle() }
            }
        }
        return inside
    }
}
