/// The edges of one polygonal region bucketed into horizontal bands, for point-in-polygon tests
/// that look at a handful of edges instead of all of them.
///
/// Written by hand because GEOS 3.11 has no `GEOSPreparedContainsXY_r` (it arrives in 3.12): every
/// GEOS test needs a point geometry allocated and freed, which costs more than the test itself when
/// millions of points are located. Agreement with `GEOSPreparedContains_r` is checked in the tests.
///
/// The index holds no coordinates of its own: each band lists the edges crossing it by the number
/// of their first point in ``PolygonCoordinates`` (which may be the file's own bytes), 4 bytes an
/// edge, so that a layer of 168 million points is held once, not copied into every structure.
struct PolygonEdgeIndex: Sendable {
    let coordinates: PolygonCoordinates
    var envelope: Envelope { coordinates.envelope }
    /// Band `b` holds the edges `edgeStart[bandStart[b] ..< bandStart[b + 1]]`; an edge is named by
    /// its first point `k` and runs to point `k + 1` of the same ring.
    private let edgeStart: [UInt32]
    private let bandStart: [UInt32]
    private let bandHeight: Double

    init(_ coordinates: PolygonCoordinates) {
        self.coordinates = coordinates
        let envelope = coordinates.envelope
        let rings = coordinates.ringStarts
        let points = coordinates.pointCount
        let bands = max(1, min(4096, points / 4))
        let height = max(envelope.maxY - envelope.minY, .leastNormalMagnitude) / Double(bands)
        bandHeight = height
        let minY = envelope.minY
        @inline(__always) func band(_ y: Double) -> Int { min(bands - 1, max(0, Int((y - minY) / height))) }
        // Counting sort of the non-horizontal edges (horizontal ones never cross a horizontal ray)
        // into the bands they span: count, prefix sums, fill. Each point's band is computed once.
        var starts = [UInt32](repeating: 0, count: bands + 1)
        starts.withUnsafeMutableBufferPointer { starts in
            for ring in 0..<(rings.count - 1) {
                let first = Int(rings[ring]), last = Int(rings[ring + 1]) - 1
                guard first < last else { continue }
                var y1 = coordinates.y(first), b1 = band(y1)
                for k in first..<last {
                    let y2 = coordinates.y(k + 1), b2 = band(y2)
                    if y1 != y2 { for b in min(b1, b2)...max(b1, b2) { starts[b + 1] &+= 1 } }
                    y1 = y2; b1 = b2
                }
            }
            for b in 0..<bands { starts[b + 1] &+= starts[b] }
        }
        var cursor = starts
        var members = [UInt32](repeating: 0, count: Int(starts[bands]))
        members.withUnsafeMutableBufferPointer { members in
            cursor.withUnsafeMutableBufferPointer { cursor in
                for ring in 0..<(rings.count - 1) {
                    let first = Int(rings[ring]), last = Int(rings[ring + 1]) - 1
                    guard first < last else { continue }
                    var y1 = coordinates.y(first), b1 = band(y1)
                    for k in first..<last {
                        let y2 = coordinates.y(k + 1), b2 = band(y2)
                        if y1 != y2 {
                            for b in min(b1, b2)...max(b1, b2) {
                                members[Int(cursor[b])] = UInt32(truncatingIfNeeded: k)
                                cursor[b] &+= 1
                            }
                        }
                        y1 = y2; b1 = b2
                    }
                }
            }
        }
        edgeStart = members
        bandStart = starts
    }

    /// Even-odd rule over all rings: inside a shell and outside its holes. A point exactly on an
    /// edge is counted on one side only (half-open), so a point on a shared border between two
    /// regions lands in exactly one of them.
    @inline(__always)
    func contains(x: Double, y: Double) -> Bool {
        guard envelope.contains(x: x, y: y) else { return false }
        let band = min(bandStart.count - 2, max(0, Int((y - envelope.minY) / bandHeight)))
        var inside = false
        let base = coordinates.base
        edgeStart.withUnsafeBufferPointer { edges in
            for slot in Int(bandStart[band])..<Int(bandStart[band + 1]) {
                let offset = Int(edges[slot]) &* 16
                let y1 = base.loadUnaligned(fromByteOffset: offset &+ 8, as: Double.self)
                let y2 = base.loadUnaligned(fromByteOffset: offset &+ 24, as: Double.self)
                if (y1 > y) != (y2 > y) {
                    let x1 = base.loadUnaligned(fromByteOffset: offset, as: Double.self)
                    let x2 = base.loadUnaligned(fromByteOffset: offset &+ 16, as: Double.self)
                    if x < (x2 - x1) * (y - y1) / (y2 - y1) + x1 { inside.toggle() }
                }
            }
        }
        return inside
    }
}
