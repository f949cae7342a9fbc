import CGEOS

extension Geometry {
    /// The geometry with every coordinate transformed (for example from a projected system to WGS84
    /// lon/lat), of the same type and structure. Each coordinate sequence is copied out of GEOS,
    /// transformed in one `proj_trans_generic` call and copied back.
    /// - Throws: ``GeoError/transformFailed(x:y:message:)`` for a point PROJ cannot transform.
    public func transformed(by transform: CoordinateTransform) throws -> Geometry {
        let context = GEOSContext.current
        return try Geometry.transformed(pointer, transform, context)
    }

    private static func transformed(_ geometry: OpaquePointer, _ transform: CoordinateTransform,
                                    _ context: GEOSContext) throws -> Geometry {
        let type = GeometryType(rawValue: GEOSGeomTypeId_r(context.handle, geometry)) ?? .unknown
        switch type {
        case .point, .lineString, .linearRing:
            if GEOSisEmpty_r(context.handle, geometry) == 1 { return try .make(GEOSGeom_clone_r(context.handle, geometry), "clone", context) }
            guard let sequence = GEOSGeom_getCoordSeq_r(context.handle, geometry) else { throw context.failure("coordinate sequence") }
            var size: UInt32 = 0
            guard GEOSCoordSeq_getSize_r(context.handle, sequence, &size) == 1 else { throw context.failure("sequence size") }
            var xy = [Double](repeating: 0, count: Int(size) * 2)
            try xy.withUnsafeMutableBufferPointer { buffer in
                guard GEOSCoordSeq_copyToBuffer_r(context.handle, sequence, buffer.baseAddress, 0, 0) == 1 else {
                    throw context.failure("copy coordinates")
                }
                try transform.transform(buffer)
            }
            guard let copy = xy.withUnsafeBufferPointer({ GEOSCoordSeq_copyFromBuffer_r(context.handle, $0.baseAddress, size, 0, 0) }) else {
                throw context.failure("copy coordinates")
            }
            // Each constructor owns the sequence, also when it fails.
            switch type {
            case .point: return try .make(GEOSGeom_createPoint_r(context.handle, copy), "create point", context)
            case .lineString: return try .make(GEOSGeom_createLineString_r(context.handle, copy), "create line", context)
            default: return try .make(GEOSGeom_createLinearRing_r(context.handle, copy), "create linear ring", context)
            }
        case .polygon:
            if GEOSisEmpty_r(context.handle, geometry) == 1 { return try .make(GEOSGeom_clone_r(context.handle, geometry), "clone", context) }
            guard let shell = GEOSGetExteriorRing_r(context.handle, geometry) else { throw context.failure("exterior ring") }
            let holeCount = GEOSGetNumInteriorRings_r(context.handle, geometry)
            guard holeCount >= 0 else { throw context.failure("interior rings") }
            let holes = try (0..<holeCount).map { index -> Geometry in
                guard let hole = GEOSGetInteriorRingN_r(context.handle, geometry, index) else { throw context.failure("interior ring") }
                return try transformed(hole, transform, context)
            }
            return try .polygon(shell: transformed(shell, transform, context), holes: holes)
        case .multiPoint, .multiLineString, .multiPolygon, .collection:
            let count = GEOSGetNumGeometries_r(context.handle, geometry)
            guard count >= 0 else { throw context.failure("parts") }
            let parts = try (0..<count).map { index -> Geometry in
                guard let part = GEOSGetGeometryN_r(context.handle, geometry, index) else { throw context.failure("part") }
                return try transformed(part, transform, context)
            }
            return try .collection(type, parts)
        case .unknown:
            throw GeoError.library(operation: "transform", message: "unknown geometry type")
        }
    }
}
