import Foundation

/// Finds the regions that contain points: a uniform grid over the layer picks candidate regions by
/// envelope, and each candidate answers from its banded edge index. Read-only once built, so one
/// locator serves every thread.
public final class PointLocator: Sendable {
    private let regions: [PolygonEdgeIndex]
    private let extent: Envelope
    private let columns: Int
    private let rows: Int
    private let cellWidth: Double
    private let cellHeight: Double
    /// Cell `c` holds region indices `cellStart[c] ..< cellStart[c + 1]` of `cellRegions`.
    private let cellStart: [Int32]
    private let cellRegions: [Int32]

    /// Indexes polygonal geometries in lon/lat (or any planar) coordinates.
    public init(_ geometries: [Geometry]) throws {
        regions = try geometries.map { geometry in
            PolygonEdgeIndex(polygons: try geometry.polygonRings(), envelope: geometry.envelope)
        }
        let extent = regions.reduce(Envelope.empty) { $0.union($1.envelope) }
        self.extent = extent
        let side = max(1, Int((Double(regions.count) * 4).squareRoot()))
        columns = side
        rows = side
        cellWidth = max(extent.maxX - extent.minX, .leastNormalMagnitude) / Double(side)
        cellHeight = max(extent.maxY - extent.minY, .leastNormalMagnitude) / Double(side)
        var cells = [[Int32]](repeating: [], count: extent.isEmpty ? 1 : side * side)
        if !extent.isEmpty {
            for (index, region) in regions.enumerated() where !region.envelope.isEmpty {
                let box = region.envelope
                let (c0, r0) = Self.cell(x: box.minX, y: box.minY, extent, cellWidth, cellHeight, side)
                let (c1, r1) = Self.cell(x: box.maxX, y: box.maxY, extent, cellWidth, cellHeight, side)
                for row in r0...r1 { for column in c0...c1 { cells[row * side + column].append(Int32(index)) } }
            }
        }
        var starts: [Int32] = [0]
        for cell in cells { starts.append(starts.last! + Int32(cell.count)) }
        cellStart = starts
        cellRegions = cells.flatMap { $0 }
    }

    private static func cell(x: Double, y: Double, _ extent: Envelope, _ width: Double, _ height: Double, _ side: Int) -> (Int, Int) {
        (min(side - 1, max(0, Int((x - extent.minX) / width))), min(side - 1, max(0, Int((y - extent.minY) / height))))
    }

    /// Calls `body` with the index of every region containing the point, in ascending order.
    @inline(__always)
    public func forEachRegion(containingX x: Double, y: Double, _ body: (Int) -> Void) {
        guard extent.contains(x: x, y: y) else { return }
        let (column, row) = Self.cell(x: x, y: y, extent, cellWidth, cellHeight, columns)
        let cell = row * columns + column
        for slot in Int(cellStart[cell])..<Int(cellStart[cell + 1]) {
            let region = Int(cellRegions[slot])
            if regions[region].contains(x: x, y: y) { body(region) }
        }
    }

    /// Indices of every region containing the point, ascending (several where regions overlap).
    public func regions(containingX x: Double, y: Double) -> [Int] {
        var found: [Int] = []
        forEachRegion(containingX: x, y: y) { found.append($0) }
        return found
    }

    /// Locates points (interleaved x,y) on the calling thread.
    public func assign(_ xy: UnsafeBufferPointer<Double>) -> PointAssignment {
        let count = xy.count / 2
        var assignment = PointAssignment(first: [Int32](repeating: -1, count: count), multiple: [:])
        for point in 0..<count {
            forEachRegion(containingX: xy[2 * point], y: xy[2 * point + 1]) { region in
                if assignment.first[point] < 0 { assignment.first[point] = Int32(region) } else {
                    assignment.multiple[point, default: [Int(assignment.first[point])]].append(region)
                }
            }
        }
        return assignment
    }

    /// Locates many points (interleaved x,y) on all cores, in chunks.
    public func assignInParallel(_ xy: UnsafeBufferPointer<Double>, workers: Int = ProcessInfo.processInfo.activeProcessorCount) -> PointAssignment {
        let count = xy.count / 2
        let chunks = max(1, min(count / 4096 + 1, workers * 8))
        var parts = [PointAssignment?](repeating: nil, count: chunks)
        parts.withUnsafeMutableBufferPointer { output in
            let output = output
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                let start = count * chunk / chunks, end = count * (chunk + 1) / chunks
                output[chunk] = assign(UnsafeBufferPointer(rebasing: xy[(2 * start)..<(2 * end)]))
            }
        }
        var merged = PointAssignment(first: [], multiple: [:])
        merged.first.reserveCapacity(count)
        for part in parts {
            let offset = merged.first.count
            for (point, regions) in part!.multiple { merged.multiple[point + offset] = regions }
            merged.first += part!.first
        }
        return merged
    }
}

/// Where each point of a batch landed.
public struct PointAssignment: Sendable {
    /// Per point, the lowest index of a region containing it, or -1.
    public var first: [Int32]
    /// For points inside several regions (overlaps), all of them, ascending.
    public var multiple: [Int: [Int]]
}
