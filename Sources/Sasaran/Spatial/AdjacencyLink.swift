/// How two regions of an adjacency graph are linked.
public enum LinkKind: String, Sendable, CaseIterable {
    /// They share a border line (of positive length, or at least the minimum with a tolerance).
    case rook
    /// They share only a point, or lie within the tolerance without sharing enough border.
    case queen
    /// A sea bridge: an island region and a region within the bridge distance.
    case bridge
}

/// One unordered pair of neighbouring regions.
public struct AdjacencyLink: Sendable, Hashable {
    /// The region indices (into the layer), `a` holding the smaller code.
    public var a: Int
    public var b: Int
    public var kind: LinkKind
    /// Geodesic distance between the two (km): 0 where they touch.
    public var distanceKm: Double
    /// Length of `a`'s border lying on (tolerance 0) or within the tolerance of `b` (km, from the
    /// planar length at the pair's latitude); 0 for bridges.
    public var sharedKm: Double

    public init(a: Int, b: Int, kind: LinkKind, distanceKm: Double, sharedKm: Double) {
        self.a = a; self.b = b; self.kind = kind; self.distanceKm = distanceKm; self.sharedKm = sharedKm
    }
}
