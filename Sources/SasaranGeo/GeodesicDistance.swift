import CPROJ
import Foundation

/// Distances on the WGS84 ellipsoid with PROJ's geodesic library (`geod_inverse`, Karney's
/// algorithm, exact to round-off), and the conservative conversions of kilometres to degrees that
/// spatial searches in lon/lat need before confirming with the exact distance.
public enum GeodesicDistance {
    private static let wgs84: geod_geodesic = {
        var g = geod_geodesic()
        geod_init(&g, 6_378_137.0, 1 / 298.257223563)
        return g
    }()

    /// The shortest distance over the ellipsoid between two lon,lat points, in km.
    public static func km(lon1: Double, lat1: Double, lon2: Double, lat2: Double) -> Double {
        var metres = 0.0, azimuth1 = 0.0, azimuth2 = 0.0
        withUnsafePointer(to: wgs84) { geodesic in
            geod_inverse(geodesic, lat1, lon1, lat2, lon2, &metres, &azimuth1, &azimuth2)
        }
        return metres / 1000
    }

    /// The fewest kilometres in one degree on WGS84 (a degree of latitude at the equator).
    public static let minimumKmPerDegreeLatitude = 110.574

    /// A distance in degrees that is at least `km` in every direction for points with |lat| up to
    /// `maxAbsLatitude` (and the distance itself): any two points closer than `km` over the
    /// ellipsoid are closer than this in the lon/lat plane.
    public static func degreesCovering(km: Double, maxAbsLatitude: Double) -> Double {
        let latitude = min(89.0, abs(maxAbsLatitude) + km / minimumKmPerDegreeLatitude)
        let cosine = cos(latitude * .pi / 180)
        return km / (minimumKmPerDegreeLatitude * max(cosine, 0.01))
    }
}
