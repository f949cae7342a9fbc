import CGEOS

extension Geometry {
    /// Gives up ownership to a GEOS call that takes it (polygon and collection constructors).
    fileprivate func transferOwnership() -> OpaquePointer {
        ownsPointer = false
        return pointer
    }

    /// An empty polygon. Wraps `GEOSGeom_createEmptyPolygon_r`.
    public static func emptyPolygon() throws -> Geometry {
        let context = GEOSContext.current
        return try .make(GEOSGeom_createEmptyPolygon_r(context.handle), "create empty polygon", context)
    }

    /// A point. Wraps `GEOSGeom_createPointFromXY_r`.
    public static func point(x: Double, y: Double) throws -> Geometry {
        let context = GEOSContext.current
        return try .make(GEOSGeom_createPointFromXY_r(context.handle, x, y), "create point", context)
    }

    /// A linear ring from interleaved x,y doubles (first point repeated at the end), copied into
    /// GEOS in one call. Wraps `GEOSCoordSeq_copyFromBuffer_r` and `GEOSGeom_createLinearRing_r`.
    /// - Throws: ``GeoError/invalidRing(reason:)`` for fewer than 4 points or an open ring,
    ///   ``GeoError/nonFiniteCoordinate`` for NaN or infinity.
    public static func linearRing(_ xy: UnsafeBufferPointer<Double>) throws -> Geometry {
        let points = xy.count / 2
        guard points >= 4 else { throw GeoError.invalidRing(reason: "\(points) points, at least 4 needed") }
        for value in xy where !value.isFinite { throw GeoError.nonFiniteCoordinate }
        guard xy[0] == xy[xy.count - 2], xy[1] == xy[xy.count - 1] else {
            throw GeoError.invalidRing(reason: "not closed: first point (\(xy[0]), \(xy[1])) differs from last (\(xy[xy.count - 2]), \(xy[xy.count - 1]))")
        }
        let context = GEOSContext.current
        guard let sequence = GEOSCoordSeq_copyFromBuffer_r(context.handle, xy.baseAddress, UInt32(points), 0, 0) else {
            throw context.failure("copy ring coordinates")
        }
        // GEOSGeom_createLinearRing_r owns the sequence even when it fails.
        return try .make(GEOSGeom_createLinearRing_r(context.handle, sequence), "create linear ring", context)
    }

    /// A polygon from a shell and holes given as interleaved x,y rings.
    public static func polygon(shell: UnsafeBufferPointer<Double>, holes: [UnsafeBufferPointer<Double>] = []) throws -> Geometry {
        try polygon(shell: linearRing(shell), holes: holes.map(linearRing))
    }

    /// A polygon from rings built with ``linearRing(_:)``; the rings are consumed.
    /// Wraps `GEOSGeom_createPolygon_r`.
    public static func polygon(shell: Geometry, holes: [Geometry]) throws -> Geometry {
        let context = GEOSContext.current
        var holePointers: [OpaquePointer?] = holes.map { $0.transferOwnership() }
        let created = holePointers.withUnsafeMutableBufferPointer { buffer in
            GEOSGeom_createPolygon_r(context.handle, shell.transferOwnership(), buffer.baseAddress, UInt32(buffer.count))
        }
        return try .make(created, "create polygon", context)
    }

    /// A collection of the given type; the parts are consumed.
    /// Wraps `GEOSGeom_createCollection_r`.
    public static func collection(_ type: GeometryType, _ parts: [Geometry]) throws -> Geometry {
        let context = GEOSContext.current
        var pointers: [OpaquePointer?] = parts.map { $0.transferOwnership() }
        let created = pointers.withUnsafeMutableBufferPointer { buffer in
            GEOSGeom_createCollection_r(context.handle, type.rawValue, buffer.baseAddress, UInt32(buffer.count))
        }
        return try .make(created, "create collection", context)
    }

    /// One polygon as it is, several as a MultiPolygon, none as an empty MultiPolygon.
    public static func polygonal(_ polygons: [Geometry]) throws -> Geometry {
        polygons.count == 1 ? polygons[0] : try collection(.multiPolygon, polygons)
    }
}
