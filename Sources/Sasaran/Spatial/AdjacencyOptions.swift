/// Which shared border makes two regions neighbours.
public enum Contiguity: String, Sendable, CaseIterable {
    /// Sharing at least one point (or, with a tolerance, lying within it).
    case queen
    /// Sharing a stretch of border of positive length (with a tolerance: at least
    /// ``AdjacencyOptions/minimumSharedKm`` of one's border within the tolerance of the other).
    case rook
}

/// How an adjacency graph is built from a region layer.
public struct AdjacencyOptions: Sendable, Equatable {
    /// Queen (default) or rook contiguity.
    public var contiguity: Contiguity
    /// Regions closer than this over the ellipsoid (km) count as touching; 0 asks GEOS
    /// `intersects` exactly. Real files have gaps and slivers between neighbours, so a small
    /// tolerance (0.1–1 km) finds the neighbours an exact test misses.
    public var toleranceKm: Double
    /// When set, every island region (no neighbour by contiguity) is linked to every region within
    /// this many km, so archipelago provinces are not all islands.
    public var seaBridgeKm: Double?
    /// Rook with a tolerance above 0: the length of one region's border lying within the tolerance
    /// of the other that makes a shared line. nil takes the default, ``defaultMinimumSharedKm(toleranceKm:)``.
    public var minimumSharedKm: Double?

    public init(contiguity: Contiguity = .queen, toleranceKm: Double = 0, seaBridgeKm: Double? = nil, minimumSharedKm: Double? = nil) {
        self.contiguity = contiguity
        self.toleranceKm = toleranceKm
        self.seaBridgeKm = seaBridgeKm
        self.minimumSharedKm = minimumSharedKm
    }

    /// The default minimum shared length with a tolerance t: max(4 t, 0.1 km). Two regions that
    /// meet only at a corner have up to about 2 t of border near each other on each side of the
    /// corner, so 4 t keeps corner contacts queen-only, and 0.1 km ignores slivers at tiny t.
    public static func defaultMinimumSharedKm(toleranceKm: Double) -> Double {
        max(4 * toleranceKm, 0.1)
    }

    /// The options as text, for a run manifest.
    public var parameters: [String: String] {
        var p = ["contiguity": contiguity.rawValue, "toleranceKm": String(toleranceKm)]
        if let seaBridgeKm { p["seaBridgeKm"] = String(seaBridgeKm) }
        if toleranceKm > 0, contiguity == .rook { p["rookMinKm"] = String(sharedKmForRook) }
        return p
    }

    /// The minimum shared length in effect.
    public var sharedKmForRook: Double {
        toleranceKm > 0 ? minimumSharedKm ?? Self.defaultMinimumSharedKm(toleranceKm: toleranceKm) : 0
    }
}
