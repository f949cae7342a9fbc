/// The edges of one polygonal region bucketed into horizontal bands, for point-in-polygon tests
/// that look at a handful of edges instead of all of them.
///
/// Written by hand because GEOS 3.11 has no `GEOSPreparedContainsXY_r` (it arrives in 3.12): every
/// GEOS test needs a point geometry allocated and freed, which costs more than the test itself when
/// millions of points are located. Agreement with `GEOSPreparedContains_r` is checked in the tests.
struct PolygonEdgeIndex: Sendable {
    let envelope: Envelope
    /// Edges as x1, y1, x2, y2, stored band after band.
    private let edges: [Double]
    /// Band `b` holds edges `bandStart[b] ..< bandStart[b + 1]` (counted in edges).
    private let bandStart: [Int32]
    private let bandHeight: Double

    init(polygons: [PolygonRings], envelope: Envelope) {
        self.envelope = envelope
        // Non-horizontal edges (horizontal ones never cross a horizontal ray) as x1, y1, x2, y2.
        var segments: [Double] = []
        segments.reserveCapacity(polygons.reduce(0) { $0 + $1.reduce(0) { $0 + $1.count } } * 2)
        for rings in polygons {
            for ring in rings {
                var index = 0
                while index + 3 < ring.count {
                    if ring[index + 1] != ring[index + 3] {
                        segments.append(ring[index])
                        segments.append(ring[index + 1])
                        segments.append(ring[index + 2])
                        segments.append(ring[index + 3])
                    }
                    index += 2
                }
            }
        }
        let count = segments.count / 4
        let bands = max(1, min(4096, count / 4))
        let height = max(envelope.maxY - envelope.minY, .leastNormalMagnitude) / Double(bands)
        bandHeight = height
        func bandRange(_ segment: Int) -> ClosedRange<Int> {
            let y1 = segments[4 * segment + 1], y2 = segments[4 * segment + 3]
            let first = min(bands - 1, max(0, Int((min(y1, y2) - envelope.minY) / height)))
            let last = min(bands - 1, max(0, Int((max(y1, y2) - envelope.minY) / height)))
            return first...last
        }
        // Counting sort of edges into bands: count, prefix sums, fill.
        var starts = [Int32](repeating: 0, count: bands + 1)
        for segment in 0..<count { for band in bandRange(segment) { starts[band + 1] += 1 } }
        for band in 0..<bands { starts[band + 1] += starts[band] }
        var cursor = starts
        var flat = [Double](repeating: 0, count: Int(starts[bands]) * 4)
        for segment in 0..<count {
            for band in bandRange(segment) {
                let slot = Int(cursor[band]) * 4
                cursor[band] += 1
                for offset in 0..<4 { flat[slot + offset] = segments[4 * segment + offset] }
            }
        }
        edges = flat
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
        edges.withUnsafeBufferPointer { edge in
            var index = Int(bandStart[band]) * 4
            let end = Int(bandStart[band + 1]) * 4
            while index < end {
                let y1 = edge[index + 1], y2 = edge[index + 3]
                if (y1 > y) != (y2 > y) {
                    let x1 = edge[index], x2 = edge[index + 2]
                    if x < (x2 - x1) * (y - y1) / (y2 - y1) + x1 { inside.toggle() }
                }
                index += 4
            }
        }
        return inside
    }
}
