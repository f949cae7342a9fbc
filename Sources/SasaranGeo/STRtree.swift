import CGEOS

/// A sort-tile-recursive R-tree over the envelopes of geometries, answering "which items may
/// touch this box" with item indices (like shapely's `STRtree.query`). Wraps `GEOSSTRtree_*_r`.
///
/// GEOS 3.11 builds the tree on the first query, not thread-safely; the initialiser runs one query
/// so the tree can be shared read-only between threads (`GEOSSTRtree_build_r` arrives in 3.12).
public final class STRtree: @unchecked Sendable {
    private let pointer: OpaquePointer
    /// The indexed geometries, kept alive because GEOS holds pointers to them.
    public let geometries: [Geometry]

    /// Indexes the geometries; query results are indices into this array.
    public init(_ geometries: [Geometry], nodeCapacity: Int = 10) throws {
        let context = GEOSContext.current
        guard let tree = GEOSSTRtree_create_r(context.handle, nodeCapacity) else { throw context.failure("create STRtree") }
        pointer = tree
        self.geometries = geometries
        for (index, geometry) in geometries.enumerated() where !geometry.isEmpty {
            geometry.prepareForSharing()
            GEOSSTRtree_insert_r(context.handle, tree, geometry.pointer, UnsafeMutableRawPointer(bitPattern: index + 1))
        }
        _ = try query(Envelope(minX: 0, minY: 0, maxX: 0, maxY: 0))
    }

    deinit { GEOSSTRtree_destroy_r(GEOSContext.current.handle, pointer) }

    /// Indices of the items whose envelopes intersect `box`, ascending.
    public func query(_ box: Envelope) throws -> [Int] {
        let context = GEOSContext.current
        guard let rectangle = GEOSGeom_createRectangle_r(context.handle, box.minX, box.minY, box.maxX, box.maxY) else {
            throw context.failure("create query box")
        }
        defer { GEOSGeom_destroy_r(context.handle, rectangle) }
        return query(geometryPointer: rectangle, context)
    }

    /// Indices of the items whose envelopes intersect the geometry's envelope, ascending.
    public func query(_ geometry: Geometry) -> [Int] {
        query(geometryPointer: geometry.pointer, GEOSContext.current)
    }

    private func query(geometryPointer: OpaquePointer, _ context: GEOSContext) -> [Int] {
        var hits: [Int] = []
        withUnsafeMutablePointer(to: &hits) { sink in
            GEOSSTRtree_query_r(context.handle, pointer, geometryPointer, { item, userdata in
                let hits = userdata!.assumingMemoryBound(to: [Int].self)
                hits.pointee.append(Int(bitPattern: item) - 1)
            }, sink)
        }
        return hits.sorted()
    }
}
