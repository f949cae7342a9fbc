/// The uniform grid of a ``PointLocator``: which cell a point falls in (one rule, for building
/// and for searching), and which cells of a region's envelope its boundary passes through.
struct LocatorGrid: Sendable {
    let extent: Envelope
    /// Cells per side (the grid is `side` × `side` over the extent).
    let side: Int
    private let columnsPerUnit: Double
    private let rowsPerUnit: Double

    /// A grid of about 256 cells per region, at least 4 and at most 2^20 cells in all: fine enough
    /// that most points fall in a cell no boundary crosses.
    init(extent: Envelope, regions: Int) {
        self.extent = extent
        let cells = min(max(regions * 256, 4), 1 << 20)
        side = extent.isEmpty ? 1 : max(1, Int(Double(cells).squareRoot()))
        let width = max(extent.maxX - extent.minX, .leastNormalMagnitude), height = max(extent.maxY - extent.minY, .leastNormalMagnitude)
        let columns = Double(side) / width, rows = Double(side) / height
        columnsPerUnit = columns.isFinite ? columns : 0
        rowsPerUnit = rows.isFinite ? rows : 0
    }

    var cellCount: Int { side * side }

    /// The column of `x`, clamped to the grid (monotone in `x`).
    @inline(__always)
    func column(_ x: Double) -> Int { Self.clamp((x - extent.minX) * columnsPerUnit, side) }

    /// The row of `y`, clamped to the grid (monotone in `y`).
    @inline(__always)
    func row(_ y: Double) -> Int { Self.clamp((y - extent.minY) * rowsPerUnit, side) }

    @inline(__always)
    private static func clamp(_ scaled: Double, _ side: Int) -> Int {
        guard scaled > 0 else { return 0 }
        return scaled < Double(side - 1) ? Int(scaled) : side - 1
    }

    /// The cells of a region's envelope and what each is for it.
    struct Coverage {
        let side: Int
        let columns: ClosedRange<Int>
        let rows: ClosedRange<Int>
        /// Row-major over the rectangle: 0 outside the region, 1 wholly inside, 2 crossed by its boundary.
        let states: [UInt8]

        /// Calls `body(cell, wholly inside)` for every cell the region may hold points of, in cell order.
        func forEachListed(_ body: (Int, Bool) -> Void) {
            var slot = 0
            for row in rows {
                for column in columns {
                    let state = states[slot]
                    slot += 1
                    if state != 0 { body(row * side + column, state == 1) }
                }
            }
        }
    }

    /// Which cells of the region's envelope its boundary passes through, and for the others
    /// whether they lie inside. A cell is marked crossed when the bounding box of any edge reaches
    /// into it: a point on an edge lies in the edge's box, and the cell rule is monotone, so a cell
    /// left unmarked has no point on any edge; being connected, it is then wholly inside or wholly
    /// outside, as its centre is. Nil for an empty region.
    func coverage(of region: PolygonEdgeIndex, _ coordinates: PolygonCoordinates) -> Coverage? {
        let box = coordinates.envelope
        guard !extent.isEmpty, !box.isEmpty else { return nil }
        let c0 = column(box.minX), c1 = column(box.maxX), r0 = row(box.minY), r1 = row(box.maxY)
        let width = c1 - c0 + 1
        var states = [UInt8](repeating: 0, count: width * (r1 - r0 + 1))
        states.withUnsafeMutableBufferPointer { states in
            let rings = coordinates.ringStarts
            for ring in 0..<max(0, rings.count - 1) {
                let first = Int(rings[ring]), last = Int(rings[ring + 1]) - 1
                guard first < last else { continue }
                var col1 = column(coordinates.x(first)), row1 = row(coordinates.y(first))
                for k in first..<last {
                    let col2 = column(coordinates.x(k + 1)), row2 = row(coordinates.y(k + 1))
                    if col1 == col2 && row1 == row2 {
                        states[(row1 - r0) * width + (col1 - c0)] = 2
                    } else {
                        for r in min(row1, row2)...max(row1, row2) {
                            for c in min(col1, col2)...max(col1, col2) { states[(r - r0) * width + (c - c0)] = 2 }
                        }
                    }
                    col1 = col2; row1 = row2
                }
            }
            // Cells no edge reaches: inside or outside as their centre is (a centre that the cell
            // rule puts elsewhere, by rounding, leaves the cell to the edge test).
            let cellWidth = 1 / columnsPerUnit, cellHeight = 1 / rowsPerUnit
            for r in r0...r1 {
                for c in c0...c1 where states[(r - r0) * width + (c - c0)] == 0 {
                    let x = extent.minX + (Double(c) + 0.5) * cellWidth, y = extent.minY + (Double(r) + 0.5) * cellHeight
                    if column(x) != c || row(y) != r || !columnsPerUnit.isNormal || !rowsPerUnit.isNormal {
                        states[(r - r0) * width + (c - c0)] = 2
                    } else if region.contains(x: x, y: y) {
                        states[(r - r0) * width + (c - c0)] = 1
                    }
                }
            }
        }
        return Coverage(side: side, columns: c0...c1, rows: r0...r1, states: states)
    }
}
