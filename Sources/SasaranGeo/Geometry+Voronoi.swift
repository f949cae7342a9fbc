import CGEOS

extension Geometry {
    /// The Voronoi cells of a set of sites: for each site, the polygon of points nearer to it
    /// than to any other site, clipped to `envelope` (or to a box GEOS grows around the sites,
    /// whichever is larger). Wraps `GEOSVoronoiDiagram_r` with `onlyEdges` off.
    ///
    /// GEOS 3.11 does not keep the sites' order (`GEOS_VORONOI_PRESERVE_ORDER` arrives in 3.12):
    /// match cells to sites by containment. Sites closer together than `tolerance` are merged
    /// into one cell, so separate near-coincident sites before calling.
    /// - Parameters:
    ///   - sites: the sites as x,y pairs (at least one).
    ///   - envelope: the box the diagram should cover; nil lets GEOS choose.
    ///   - tolerance: GEOS's snapping distance for robustness; 0 for none.
    /// - Returns: the cells as polygons, one per distinct site.
    /// - Throws: ``GeoError/nonFiniteCoordinate`` for a NaN or infinite site, ``GeoError/library(operation:message:)``
    ///   with GEOS's message when the diagram fails.
    public static func voronoiDiagram(sites: [(x: Double, y: Double)], envelope: Envelope? = nil, tolerance: Double = 0) throws -> [Geometry] {
        for site in sites where !site.x.isFinite || !site.y.isFinite { throw GeoError.nonFiniteCoordinate }
        let context = GEOSContext.current
        guard !sites.isEmpty else { throw GeoError.library(operation: "voronoi diagram", message: "no sites") }
        let points = try collection(.multiPoint, sites.map { try point(x: $0.x, y: $0.y) })
        let box = try envelope.map(Geometry.rectangle)
        let diagram = try Geometry.make(
            GEOSVoronoiDiagram_r(context.handle, points.pointer, box?.pointer, tolerance, 0), "voronoi diagram", context)
        return try diagram.polygons()
    }

    /// The rectangle of an envelope as a polygon (counter-clockwise shell).
    public static func rectangle(_ box: Envelope) throws -> Geometry {
        let shell = [box.minX, box.minY, box.maxX, box.minY, box.maxX, box.maxY, box.minX, box.maxY, box.minX, box.minY]
        return try shell.withUnsafeBufferPointer { try polygon(shell: $0) }
    }
}
