import Foundation
import SasaranGeo

/// Builds GEOS geometries from GeoJSON geometry objects.
enum GeoJSONGeometry {
    struct Problem: Error { let message: String }

    /// nil for a null geometry (or one whose every ring had to be dropped). Fixes made to rings
    /// are appended to `repairs`.
    static func build(_ value: Any?, transform: CoordinateTransform?, repairs: inout [String]) throws -> Geometry? {
        guard let object = value as? [String: Any] else {
            if value == nil || value is NSNull { return nil }
            throw Problem(message: "geometry is not an object")
        }
        guard let type = object["type"] as? String else { throw Problem(message: "geometry without a \"type\"") }
        let coordinates = object["coordinates"]
        switch type {
        case "Polygon":
            return try polygon(coordinates, transform, &repairs)
        case "MultiPolygon":
            guard let polygons = coordinates as? [Any] else { throw Problem(message: "MultiPolygon coordinates are not an array") }
            let built = try polygons.compactMap { try polygon($0, transform, &repairs) }
            return built.isEmpty ? nil : try .collection(.multiPolygon, built)
        case "Point":
            let xy = try positions([coordinates as Any], transform)
            return try .point(x: xy[0], y: xy[1])
        case "MultiPoint":
            guard let points = coordinates as? [Any] else { throw Problem(message: "MultiPoint coordinates are not an array") }
            let xy = try positions(points, transform)
            return try .collection(.multiPoint, stride(from: 0, to: xy.count, by: 2).map { try .point(x: xy[$0], y: xy[$0 + 1]) })
        default:
            throw Problem(message: "\(type) geometry; boundaries must be Polygon or MultiPolygon")
        }
    }

    /// A polygon, or nil when its shell had to be dropped.
    private static func polygon(_ value: Any?, _ transform: CoordinateTransform?, _ repairs: inout [String]) throws -> Geometry? {
        guard let rings = value as? [Any], !rings.isEmpty else { throw Problem(message: "Polygon without rings") }
        var built: [Geometry] = []
        for (index, ring) in rings.enumerated() {
            guard let points = ring as? [Any] else { throw Problem(message: "ring \(index + 1) is not an array of positions") }
            let cleaned = RingRepair.clean(try positions(points, transform), number: index + 1)
            if let note = cleaned.note { repairs.append(note) }
            guard let xy = cleaned.xy else {
                if index == 0 { return nil }
                continue
            }
            do {
                built.append(try xy.withUnsafeBufferPointer(Geometry.linearRing))
            } catch let error as GeoError {
                throw Problem(message: "ring \(index + 1): \(error.description)")
            }
        }
        return try .polygon(shell: built[0], holes: Array(built.dropFirst()))
    }

    /// Positions as interleaved x,y (z and beyond ignored), transformed to WGS84 when needed.
    private static func positions(_ points: [Any], _ transform: CoordinateTransform?) throws -> [Double] {
        guard points.count <= Limits.maxVerticesPerShape else {
            throw Problem(message: "\(points.count) positions, more than the limit of \(Limits.maxVerticesPerShape) points per shape (see docs/limits.md)")
        }
        var xy: [Double] = []
        xy.reserveCapacity(points.count * 2)
        for point in points {
            guard let position = point as? [Any], position.count >= 2,
                  let x = (position[0] as? NSNumber)?.doubleValue, let y = (position[1] as? NSNumber)?.doubleValue else {
                throw Problem(message: "a position is not [x, y]")
            }
            xy.append(x)
            xy.append(y)
        }
        if let transform { try xy.withUnsafeMutableBufferPointer { try transform.transform($0) } }
        return xy
    }
}
