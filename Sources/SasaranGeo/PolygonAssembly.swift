/// Builds polygons from loose rings whose winding cannot be trusted (shapefiles in the wild
/// often have it wrong): a ring inside an odd number of other rings is a hole of the smallest
/// ring that holds it, every other ring is a shell.
///
/// Written by hand because it runs on raw coordinates before any GEOS geometry exists: one
/// crossing test per candidate pair is far cheaper than building and preparing a GEOS polygon for
/// every ring of a 10,000-island district.
public enum PolygonAssembly {
    /// Assembles closed rings (interleaved x,y) into one Polygon or MultiPolygon.
    public static func assemble(_ rings: [[Double]]) throws -> Geometry {
        var work = 0
        return try assemble(rings, work: &work)
    }

    /// ``assemble(_:)``, counting in `work` the container candidates examined: with the grid
    /// below it grows with the rings and the containers each one has, not with rings².
    public static func assemble(_ rings: [[Double]], work: inout Int) throws -> Geometry {
        if rings.count == 1 {
            return try rings[0].withUnsafeBufferPointer { try Geometry.polygon(shell: $0) }
        }
        let boxes = rings.map(Ring.envelope)
        let areas = rings.map { abs(Ring.signedArea($0)) }
        // Containers are larger than what they contain: only rings ranked larger are candidates.
        let bySize = rings.indices.sorted { areas[$0] != areas[$1] ? areas[$0] > areas[$1] : $0 < $1 }
        var rank = [Int](repeating: 0, count: rings.count)
        for (position, ring) in bySize.enumerated() { rank[ring] = position }
        let grid = BoxGrid(boxes)
        var depth = [Int](repeating: 0, count: rings.count)
        var parent = [Int?](repeating: nil, count: rings.count)
        for ring in rings.indices {
            let box = boxes[ring]
            // A container holds the ring's box, so it holds the box's centre: the rings listed
            // in the grid cell of that point are the only candidates.
            for candidate in grid.candidates(atX: (box.minX + box.maxX) / 2, y: (box.minY + box.maxY) / 2) {
                work += 1
                guard rank[candidate] < rank[ring], boxes[candidate].contains(box), contains(rings[candidate], ring: rings[ring]) else { continue }
                depth[ring] += 1
                // The smallest container is the one ranked last among the larger rings.
                if parent[ring].map({ rank[candidate] > rank[$0] }) ?? true { parent[ring] = candidate }
            }
        }
        var holesOf: [Int: [Int]] = [:]
        var shells: [Int] = []
        for ring in rings.indices {
            if depth[ring] % 2 == 1, let shell = parent[ring] { holesOf[shell, default: []].append(ring) } else { shells.append(ring) }
        }
        let polygons = try shells.map { shell in
            try Geometry.polygon(shell: ring(rings[shell]), holes: (holesOf[shell] ?? []).map { try ring(rings[$0]) })
        }
        return try Geometry.polygonal(polygons)
    }

    private static func ring(_ xy: [Double]) throws -> Geometry {
        try xy.withUnsafeBufferPointer(Geometry.linearRing)
    }

    /// True when `ring` lies inside `container`: the majority of up to three of its vertices pass
    /// the crossing test (one vertex may sit on the container's border where rings touch).
    static func contains(_ container: [Double], ring: [Double]) -> Bool {
        let points = ring.count / 2 - 1
        let probes = Set([0, points / 3, 2 * points / 3]).sorted()
        let inside = probes.filter { crossingTest(container, x: ring[2 * $0], y: ring[2 * $0 + 1]) }.count
        return inside * 2 > probes.count
    }

    /// Even-odd crossing number of a horizontal ray from (x, y) against the ring's edges.
    static func crossingTest(_ xy: [Double], x: Double, y: Double) -> Bool {
        var inside = false
        var index = 0
        while index + 3 < xy.count {
            let (x1, y1, x2, y2) = (xy[index], xy[index + 1], xy[index + 2], xy[index + 3])
            if (y1 > y) != (y2 > y), x < (x2 - x1) * (y - y1) / (y2 - y1) + x1 { inside.toggle() }
            index += 2
        }
        return inside
    }
}

extension Envelope {
    /// True when `other` lies entirely inside this box.
    public func contains(_ other: Envelope) -> Bool {
        other.minX >= minX && other.maxX <= maxX && other.minY >= minY && other.maxY <= maxY
    }
}

/// A uniform grid over ring boxes, about √n × √n cells, each listing the boxes that overlap it:
/// the candidates for "which rings could contain this point" without comparing every pair.
/// Written by hand, with ``PolygonAssembly``, because the rings are raw coordinates before any
/// GEOS geometry exists. A box covering many cells is listed in each (one large shell over
/// 100,000 holes: 100,000 entries); past 16 entries per box on average, the largest boxes are
/// kept in one list every query reads, so memory stays linear.
struct BoxGrid {
    private let minX: Double, minY: Double, cellWidth: Double, cellHeight: Double, side: Int
    private var cells: [[Int]]
    private var everywhere: [Int] = []

    init(_ boxes: [Envelope]) {
        let all = boxes.reduce(Envelope.empty) { $0.union($1) }
        side = max(1, Int(Double(boxes.count).squareRoot()))
        minX = all.minX; minY = all.minY
        cellWidth = max((all.maxX - all.minX) / Double(side), .leastNormalMagnitude)
        cellHeight = max((all.maxY - all.minY) / Double(side), .leastNormalMagnitude)
        cells = Array(repeating: [], count: side * side)
        let budget = 16 * boxes.count + side * side
        var used = 0
        // Smaller boxes first, so that when the budget runs out the boxes left are the largest.
        let order = boxes.indices.sorted { Self.span(boxes[$0]) < Self.span(boxes[$1]) }
        for index in order {
            let (x0, x1, y0, y1) = range(boxes[index])
            let covered = (x1 - x0 + 1) * (y1 - y0 + 1)
            if used + covered > budget { everywhere.append(index); continue }
            used += covered
            for y in y0...y1 { for x in x0...x1 { cells[y * side + x].append(index) } }
        }
    }

    /// The boxes that may contain the point (x, y).
    func candidates(atX x: Double, y: Double) -> [Int] {
        let cx = column(x), cy = row(y)
        return cells[cy * side + cx] + everywhere
    }

    private static func span(_ box: Envelope) -> Double { (box.maxX - box.minX) + (box.maxY - box.minY) }
    private func column(_ x: Double) -> Int { cell((x - minX) / cellWidth) }
    private func row(_ y: Double) -> Int { cell((y - minY) / cellHeight) }
    /// The cell of a position in cell units, clamped before it becomes an Int (coordinates
    /// near ±1e308 give infinities here, and NaN for inf ÷ inf).
    private func cell(_ position: Double) -> Int {
        guard position >= 0 else { return 0 }          // also NaN
        return position < Double(side - 1) ? Int(position) : side - 1
    }
    private func range(_ box: Envelope) -> (Int, Int, Int, Int) { (column(box.minX), column(box.maxX), row(box.minY), row(box.maxY)) }
}
