import CGEOS

extension Geometry {
    /// A copy with every coordinate rounded to a grid of `gridSize` units, kept valid (parts
    /// that collapse below the grid are dropped); a grid size of 0 keeps full precision and only
    /// makes the geometry valid. Rounding pieces cut from the same lines onto one grid brings
    /// their shared vertices together.
    /// Wraps `GEOSGeom_setPrecision_r` (mode `GEOS_PREC_VALID_OUTPUT`).
    public func snapped(toGrid gridSize: Double) throws -> Geometry {
        let context = GEOSContext.current
        return try .make(GEOSGeom_setPrecision_r(context.handle, pointer, gridSize, Int32(GEOS_PREC_VALID_OUTPUT.rawValue)),
                         "set precision", context)
    }
}
