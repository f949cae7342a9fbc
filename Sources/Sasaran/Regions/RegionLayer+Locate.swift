import SasaranGeo

extension RegionLayer {
    /// Every region containing the point, in layer order (several where boundaries overlap).
    public func locate(lon: Double, lat: Double) throws -> [Region] {
        try locator().regions(containingX: lon, y: lat).map { regions[$0] }
    }

    /// The one region a point belongs to, by the documented rule: of the regions containing it,
    /// the one with the smallest geodesic area (an enclave wins over the district around it),
    /// ties broken by code ascending. nil outside every region.
    public func locateOne(lon: Double, lat: Double) throws -> Region? {
        Self.pick(try locate(lon: lon, lat: lat))
    }

    /// The rule of ``locateOne(lon:lat:)`` applied to a set of containing regions.
    public static func pick(_ candidates: [Region]) -> Region? {
        candidates.min { ($0.geodesicAreaKm2, $0.code) < ($1.geodesicAreaKm2, $1.code) }
    }

    /// Locates many points (interleaved lon,lat) on all cores.
    public func assign(_ lonLat: UnsafeBufferPointer<Double>) throws -> PointAssignment {
        try locator().assignInParallel(lonLat)
    }
}
