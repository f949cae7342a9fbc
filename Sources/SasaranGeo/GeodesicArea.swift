import CPROJ

/// Areas on the WGS84 ellipsoid, exact to round-off, with PROJ's geodesic library
/// (`geod_polygonarea`, C. F. F. Karney's algorithms shipped in libproj).
public enum GeodesicArea {
    private static let wgs84: geod_geodesic = {
        var g = geod_geodesic()
        geod_init(&g, 6_378_137.0, 1 / 298.257223563)
        return g
    }()

    /// The area of one ring given as interleaved lon,lat degrees, in km², whatever its winding.
    public static func ringKm2(_ lonLat: [Double]) -> Double {
        let count = lonLat.count / 2
        guard count >= 3 else { return 0 }
        var lats = [Double](repeating: 0, count: count)
        var lons = [Double](repeating: 0, count: count)
        for index in 0..<count {
            lons[index] = lonLat[2 * index]
            lats[index] = lonLat[2 * index + 1]
        }
        var area = 0.0
        var perimeter = 0.0
        withUnsafePointer(to: wgs84) { geodesic in
            geod_polygonarea(geodesic, &lats, &lons, Int32(count), &area, &perimeter)
        }
        return abs(area) / 1_000_000
    }

    /// The area of polygons in lon,lat degrees, in km²: each shell minus its holes.
    public static func km2(_ polygons: [PolygonRings]) -> Double {
        polygons.reduce(0) { total, rings in
            guard let shell = rings.first else { return total }
            return total + ringKm2(shell) - rings.dropFirst().reduce(0) { $0 + ringKm2($1) }
        }
    }
}

extension Geometry {
    /// The area on the WGS84 ellipsoid in km², for a geometry in lon,lat degrees.
    public func geodesicAreaKm2() throws -> Double {
        GeodesicArea.km2(try polygonRings())
    }
}
