import CGDAL
import SasaranGeo

/// OGR geometries to GEOS through WKB, made what the native readers make: curves linearised,
/// Z and M dropped, every coordinate checked finite, polygon rings that GEOS cannot hold fixed by
/// ``RingRepair`` (open rings closed, rings of fewer than four points dropped), and coordinates
/// transformed to WGS84 lon/lat where the layer needs it.
struct OGRGeometryConverter {
    /// A geometry Sasaran cannot take, described for an ``InputError``.
    struct Problem: Error { var message: String }

    var transform: CoordinateTransform?
    /// Points with a NaN or infinite coordinate, read as empty (as the shapefile reader does).
    private(set) var emptyPoints = 0
    private var scratch: [Double] = []
    private var wkb: [UInt8] = []

    init(transform: CoordinateTransform?) { self.transform = transform }

    /// Converts a geometry the caller owns; it is consumed. Fixes made to rings are appended to
    /// `repairs`.
    mutating func convert(_ owned: OGRGeometryH, repairs: inout [String]) throws -> Geometry {
        var geometry = owned
        defer { OGR_G_DestroyGeometry(geometry) }
        if OGR_G_HasCurveGeometry(geometry, 0) != 0, let linear = OGR_G_GetLinearGeometry(geometry, 0, nil) {
            OGR_G_DestroyGeometry(geometry)
            geometry = linear
        }
        OGR_G_FlattenTo2D(geometry)
        if OGR_GT_Flatten(OGR_G_GetGeometryType(geometry)) == wkbGeometryCollection, Self.isPolygonalCollection(geometry) {
            geometry = OGR_G_ForceToMultiPolygon(geometry)
        }
        let type = OGR_GT_Flatten(OGR_G_GetGeometryType(geometry))
        var budget = Limits.maxVerticesPerShape
        if type == wkbPolygon || type == wkbMultiPolygon {
            let polygons = type == wkbPolygon ? [geometry] : Self.parts(geometry)
            guard polygons.reduce(0, { $0 + Int(OGR_G_GetGeometryCount($1)) }) <= Limits.maxPartsPerShape else {
                throw Problem(message: "more than the limit of \(Limits.maxPartsPerShape) rings in one shape (see docs/limits.md)")
            }
            if try needsRingRepair(polygons, budget: &budget) {
                let rebuilt = try rebuild(polygons, multi: type == wkbMultiPolygon, repairs: &repairs)
                OGR_G_DestroyGeometry(geometry)
                geometry = rebuilt
            }
        } else if try !allFinite(geometry, budget: &budget) {
            guard type == wkbPoint || type == wkbMultiPoint else {
                throw Problem(message: "a coordinate is not a finite number")
            }
            emptyPoints += 1
            return try Geometry(wkt: type == wkbPoint ? "POINT EMPTY" : "MULTIPOINT EMPTY")
        }
        let size = Int(OGR_G_WkbSize(geometry))
        if wkb.count < size { wkb = [UInt8](repeating: 0, count: size) }
        guard wkb.withUnsafeMutableBufferPointer({ OGR_G_ExportToWkb(geometry, wkbNDR, $0.baseAddress) }) == OGRERR_NONE else {
            throw Problem(message: "GDAL could not write the geometry as WKB")
        }
        let converted: Geometry
        do {
            converted = try wkb.withUnsafeBytes { try Geometry(wkb: UnsafeRawBufferPointer(rebasing: $0.prefix(size))) }
        } catch let error as GeoError {
            throw Problem(message: error.description)
        }
        return try transform.map { try converted.transformed(by: $0) } ?? converted
    }

    /// A collection whose every part is a polygon (GML and KML write multi-surfaces so).
    private static func isPolygonalCollection(_ geometry: OGRGeometryH) -> Bool {
        let parts = parts(geometry)
        return !parts.isEmpty && parts.allSatisfy { OGR_GT_Flatten(OGR_G_GetGeometryType($0)) == wkbPolygon }
    }

    private static func parts(_ geometry: OGRGeometryH) -> [OGRGeometryH] {
        (0..<OGR_G_GetGeometryCount(geometry)).compactMap { OGR_G_GetGeometryRef(geometry, $0) }
    }

    /// The points of a line or ring as interleaved x,y in the scratch buffer.
    private mutating func points(of curve: OGRGeometryH, budget: inout Int) throws -> Int {
        let count = Int(OGR_G_GetPointCount(curve))
        budget -= count
        guard budget >= 0 else {
            throw Problem(message: "more than the limit of \(Limits.maxVerticesPerShape) points in one shape (see docs/limits.md)")
        }
        if scratch.count < 2 * count { scratch = [Double](repeating: 0, count: 2 * count) }
        guard count > 0 else { return 0 }
        let stride = Int32(2 * MemoryLayout<Double>.stride)
        scratch.withUnsafeMutableBufferPointer { buffer in
            _ = OGR_G_GetPoints(curve, buffer.baseAddress, stride, buffer.baseAddress! + 1, stride, nil, 0)
        }
        return count
    }

    /// The first point of the scratch buffer's `count` with a coordinate that is not finite.
    private func firstNonFinite(_ count: Int) -> (index: Int, value: Double)? {
        for index in 0..<(2 * count) where !scratch[index].isFinite { return (index / 2 + 1, scratch[index]) }
        return nil
    }

    /// Checks every ring; true when one is open or too short for GEOS.
    /// - Throws: ``Problem`` for a coordinate that is not a finite number.
    private mutating func needsRingRepair(_ polygons: [OGRGeometryH], budget: inout Int) throws -> Bool {
        var repair = false
        for polygon in polygons {
            for ring in Self.parts(polygon) {
                let count = try points(of: ring, budget: &budget)
                if let bad = firstNonFinite(count) {
                    throw Problem(message: "point \(bad.index) has a coordinate that is not a finite number (\(bad.value))")
                }
                let closed = count >= 2 && scratch[0] == scratch[2 * count - 2] && scratch[1] == scratch[2 * count - 1]
                if count < 4 || !closed { repair = true }
            }
        }
        return repair
    }

    /// The polygons rebuilt from their rings as ``RingRepair`` leaves them; a polygon whose shell
    /// is dropped is dropped. Ring numbers count over the whole shape, as a shapefile's parts.
    private mutating func rebuild(_ polygons: [OGRGeometryH], multi: Bool, repairs: inout [String]) throws -> OGRGeometryH {
        var budget = Int.max
        var number = 0
        let result = OGR_G_CreateGeometry(multi ? wkbMultiPolygon : wkbPolygon)!
        var kept: [OGRGeometryH] = []
        for polygon in polygons {
            let rebuilt = OGR_G_CreateGeometry(wkbPolygon)!
            var shellDropped = false
            for (position, ring) in Self.parts(polygon).enumerated() {
                number += 1
                let count = try points(of: ring, budget: &budget)
                let cleaned = RingRepair.clean(Array(scratch.prefix(2 * count)), number: number)
                if let note = cleaned.note { repairs.append(note) }
                guard let xy = cleaned.xy, !shellDropped else {
                    if position == 0 { shellDropped = true }
                    continue
                }
                let newRing = OGR_G_CreateGeometry(wkbLinearRing)!
                let stride = Int32(2 * MemoryLayout<Double>.stride)
                var copy = xy
                copy.withUnsafeMutableBufferPointer { buffer in
                    OGR_G_SetPoints(newRing, Int32(xy.count / 2), buffer.baseAddress, stride, buffer.baseAddress! + 1, stride, nil, 0)
                }
                OGR_G_AddGeometryDirectly(rebuilt, newRing)
            }
            if shellDropped || OGR_G_GetGeometryCount(rebuilt) == 0 {
                OGR_G_DestroyGeometry(rebuilt)
            } else {
                kept.append(rebuilt)
            }
        }
        if multi {
            for polygon in kept { OGR_G_AddGeometryDirectly(result, polygon) }
            return result
        }
        OGR_G_DestroyGeometry(result)
        return kept.first ?? OGR_G_CreateGeometry(wkbPolygon)!
    }

    /// Whether every coordinate of a point, line or collection is finite.
    private mutating func allFinite(_ geometry: OGRGeometryH, budget: inout Int) throws -> Bool {
        let count = OGR_G_GetGeometryCount(geometry)
        if count > 0 {
            for part in Self.parts(geometry) where try !allFinite(part, budget: &budget) { return false }
            return true
        }
        let points = try points(of: geometry, budget: &budget)
        return firstNonFinite(points) == nil
    }
}
