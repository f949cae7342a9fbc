import CGEOS

/// The rings of one polygon as interleaved x,y doubles: the shell first, then the holes.
public typealias PolygonRings = [[Double]]

extension Geometry {
    /// Every polygon of this geometry with its rings copied out of GEOS
    /// (`GEOSCoordSeq_copyToBuffer_r`), for areas, drawing and writing files.
    public func polygonRings() throws -> [PolygonRings] {
        try polygons().map { polygon in
            let context = GEOSContext.current
            guard let shell = GEOSGetExteriorRing_r(context.handle, polygon.pointer) else { throw context.failure("exterior ring") }
            var rings = [try Geometry.coordinates(of: shell, context)]
            let holes = GEOSGetNumInteriorRings_r(context.handle, polygon.pointer)
            guard holes >= 0 else { throw context.failure("interior rings") }
            for index in 0..<holes {
                guard let hole = GEOSGetInteriorRingN_r(context.handle, polygon.pointer, index) else { throw context.failure("interior ring") }
                rings.append(try Geometry.coordinates(of: hole, context))
            }
            return rings
        }
    }

    private static func coordinates(of ring: OpaquePointer, _ context: GEOSContext) throws -> [Double] {
        guard let sequence = GEOSGeom_getCoordSeq_r(context.handle, ring) else { throw context.failure("coordinate sequence") }
        var size: UInt32 = 0
        guard GEOSCoordSeq_getSize_r(context.handle, sequence, &size) == 1 else { throw context.failure("sequence size") }
        var xy = [Double](repeating: 0, count: Int(size) * 2)
        let copied = xy.withUnsafeMutableBufferPointer {
            GEOSCoordSeq_copyToBuffer_r(context.handle, sequence, $0.baseAddress, 0, 0)
        }
        guard copied == 1 else { throw context.failure("copy coordinates") }
        return xy
    }

    /// Number of vertices over all rings. Wraps `GEOSGetNumCoordinates_r`.
    public var vertexCount: Int { Int(GEOSGetNumCoordinates_r(GEOSContext.current.handle, pointer)) }
}
