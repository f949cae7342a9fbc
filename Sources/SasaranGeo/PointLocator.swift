import Foundation

/// Finds the regions that contain points: a uniform grid over the layer lists, per cell, the
/// regions whose envelope covers it, and each candidate answers from its banded edge index —
/// except where no edge of the region passes through the cell at all: the whole cell is then
/// inside the region (listed as such, answered with no test) or outside it (not listed). Most
/// points of a fine grid fall in such cells. Read-only once built, so one locator serves every
/// thread.
public final class PointLocator: Sendable {
    private let regions: [PolygonEdgeIndex]
    private let grid: LocatorGrid
    /// Cell `c` holds entries `cellStart[c] ..< cellStart[c + 1]` of `cellRegions`: a region index,
    /// or its bitwise complement (negative) where the cell lies wholly inside the region.
    private let cellStart: [Int32]
    private let cellRegions: [Int32]

    /// Indexes polygonal geometries in lon/lat (or any planar) coordinates (their rings are
    /// copied out of GEOS once).
    public convenience init(_ geometries: [Geometry]) throws {
        try self.init(count: geometries.count) { try PolygonCoordinates(geometries[$0]) }
    }

    /// Indexes `count` regions whose coordinates `coordinates(i)` gives (called once per region,
    /// on all cores); the locator keeps them, and their owners, alive.
    public init(count: Int, coordinates: (Int) throws -> PolygonCoordinates) throws {
        let all = try concurrentMap(count) { try coordinates($0) }
        let extent = all.reduce(Envelope.empty) { $0.union($1.envelope) }
        let grid = LocatorGrid(extent: extent, regions: count)
        self.grid = grid
        // Each region's edge index and the states of the cells its envelope covers, on all cores.
        let built = try concurrentMap(count) { index -> (PolygonEdgeIndex, LocatorGrid.Coverage?) in
            let edges = PolygonEdgeIndex(all[index])
            return (edges, grid.coverage(of: edges, all[index]))
        }
        regions = built.map(\.0)
        // Counting sort of the regions into the cells they may contain points of.
        let cellCount = grid.cellCount
        var starts = [Int32](repeating: 0, count: cellCount + 1)
        for (_, coverage) in built {
            guard let coverage else { continue }
            coverage.forEachListed { cell, _ in starts[cell + 1] += 1 }
        }
        for cell in 0..<cellCount { starts[cell + 1] += starts[cell] }
        var cursor = starts
        var members = [Int32](repeating: 0, count: Int(starts[cellCount]))
        for (index, (_, coverage)) in built.enumerated() {
            guard let coverage else { continue }
            coverage.forEachListed { cell, full in
                members[Int(cursor[cell])] = full ? ~Int32(index) : Int32(index)
                cursor[cell] += 1
            }
        }
        cellStart = starts
        cellRegions = members
    }

    /// Calls `body` with the index of every region containing the point, in ascending order.
    @inline(__always)
    public func forEachRegion(containingX x: Double, y: Double, _ body: (Int) -> Void) {
        guard grid.extent.contains(x: x, y: y) else { return }
        let cell = grid.row(y) * grid.side + grid.column(x)
        for slot in Int(cellStart[cell])..<Int(cellStart[cell + 1]) {
            let entry = cellRegions[slot]
            if entry < 0 { body(Int(~entry)) } else if regions[Int(entry)].contains(x: x, y: y) { body(Int(entry)) }
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
        let parts = (try? concurrentMap(chunks) { chunk in
            assign(UnsafeBufferPointer(rebasing: xy[(2 * (count * chunk / chunks))..<(2 * (count * (chunk + 1) / chunks))]))
        }) ?? []
        var merged = PointAssignment(first: [], multiple: [:])
        merged.first.reserveCapacity(count)
        for part in parts {
            let offset = merged.first.count
            for (point, regions) in part.multiple { merged.multiple[point + offset] = regions }
            merged.first += part.first
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
