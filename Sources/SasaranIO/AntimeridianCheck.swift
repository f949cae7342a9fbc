import SasaranGeo

/// Rings that cross the antimeridian, found for every reader in one place (``BoundaryReader``).
///
/// A ring stored with its longitudes jumping from 179.9 to −179.9 means a small polygon across
/// the 180° meridian, but planar geometry (GEOS, every point-in-polygon test) reads it as a band
/// around the globe the other way: points at longitude 0 would fall inside it. Such a ring is
/// refused with an error naming the record, and the way to split it (`ogr2ogr -wrapdateline`).
/// Polygons split properly at ±180 (Fiji, Chukotka) have no such jump inside a ring and read as
/// they are.
public enum AntimeridianCheck {
    /// The first crossing of `layer`, if any: only polygons wider than 180° are looked into, so
    /// the cost is nil for a layer that crosses nothing.
    public static func check(_ layer: FeatureLayer) throws {
        guard layer.crs.known else { return }
        for feature in layer.features {
            guard let shape = feature.shape, shape.envelope.maxX - shape.envelope.minX > 180 else { continue }
            let geometry = try shape.geometry()
            for (polygon, rings) in try geometry.polygonRings().enumerated() {
                for (ring, xy) in rings.enumerated() {
                    if let jump = jump(in: xy) {
                        throw InputError(file: layer.path, record: feature.record, field: "geometry",
                                         message: "polygon \(polygon + 1), \(ring == 0 ? "shell" : "hole \(ring)"): longitude jumps from \(jump.from) to \(jump.to) between two points: the ring crosses the antimeridian (180°) and would be read as a band around the globe; split it at ±180° first (ogr2ogr -wrapdateline, or QGIS)")
                    }
                }
            }
        }
    }

    /// The first pair of consecutive points whose longitudes are more than 180° apart.
    static func jump(in xy: [Double]) -> (from: Double, to: Double)? {
        var k = 2
        while k + 1 < xy.count {
            let (a, b) = (xy[k - 2], xy[k])
            if abs(a - b) > 180, abs(a) <= 180, abs(b) <= 180 { return (a, b) }
            k += 2
        }
        return nil
    }
}
