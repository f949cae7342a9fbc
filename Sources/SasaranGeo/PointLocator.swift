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

    /// Indexes polygonal geometries in lon/lat (or any planar) coordinates (their rings are
    /// copied out of GEOS once).
    public convenience init(_ geometries: [Geometry]) throws {
        try self.init(count: geometries.count) { try PolygonCoordinates(geometries[$0]) }
    }

    /// Indexes `count` regions whose coordinates `coordinates(i)` gives (called once per region,
    /// on all cores); the locator keeps them, and their owners, alive.
    public init(count: Int, coordinates: (Int) throws -> PolygonCoordinates) throws {
        regions = try concurrentMap(count) { PolygonEdgeIndex(try coordinates($0)) }
        let extent = regions.reduce(Envelope.empty) { $0.union($1.envelope) }
        self.extent = extent
        let side = max(1, Int((Double(regions.count) * 4).squareRoot()))
        columns = side
        rows = side
        cellWidth = max(extent.maxX - extent.minX, .leastNormalMagnitude) / Double(side)
        cellHeight = max(extent.maxY - extent.minY, .leastNormalMagnitude) / Double(side)
        // Counting sort of regions into the grid cells their envelopes cover.
        let cellCount = extent.isEmpty ? 1 : side * side
        var coverage: [(columns: ClosedRange<Int>, rows: ClosedRange<Int>)?] = []
        coverage.reserveCapacity(regions.count)
        var starts = [Int32](repeating: 0, count: cellCount + 1)
        for region in regions {
            guard !extent.isEmpty, !region.envelope.isEmpty else { coverage.append(nil); continue }
            let (c0, r0) = Self.cell(x: region.envelope.minX, y: region.envelope.minY, extent, cellWidth, cellHeight, side)
            let (c1, r1) = Self.cell(x: region.envelope.maxX, y: region.envelope.maxY, extent, cellWidth, cellHeight, side)
            coverage.append((c0...c1, r0...r1))
            for row in r0...r1 { for column in c0...c1 { starts[row * side + column + 1] += 1 } }
        }
        for cell in 0..<cellCount { starts[cell + 1] += starts[cell] }
        var cursor = starts
        var members = [Int32](repeating: 0, count: Int(starts[cellCount]))
        for (index, covered) in coverage.enumerated() {
            guard let covered else { continue }
            for row in covered.rows {
                for column in covered.columns {
                    members[Int(cursor[row * side + column])] = Int32(index)
                    cursor[row * side + column] += 1
                }
            }
        }
        cellStart = starts
        cellRegions = members
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
