import CGEOS

/// An axis-aligned bounding box in the layer's coordinates (lon/lat degrees for WGS84).
public struct Envelope: Sendable, Hashable, Codable {
    public var minX: Double
    public var minY: Double
    public var maxX: Double
    public var maxY: Double

    public init(minX: Double, minY: Double, maxX: Double, maxY: Double) {
        self.minX = minX; self.minY = minY; self.maxX = maxX; self.maxY = maxY
    }

    /// The envelope that holds nothing; ``union(_:)`` with it returns the other envelope.
    public static let empty = Envelope(minX: .infinity, minY: .infinity, maxX: -.infinity, maxY: -.infinity)

    public var isEmpty: Bool { minX > maxX || minY > maxY }

    /// The smallest envelope holding both.
    public func union(_ other: Envelope) -> Envelope {
        Envelope(minX: min(minX, other.minX), minY: min(minY, other.minY),
                 maxX: max(maxX, other.maxX), maxY: max(maxY, other.maxY))
    }

    /// True when the point lies inside or on the border.
    public func contains(x: Double, y: Double) -> Bool {
        x >= minX && x <= maxX && y >= minY && y <= maxY
    }

    /// True when the two boxes share at least one point.
    public func intersects(_ other: Envelope) -> Bool {
        minX <= other.maxX && other.minX <= maxX && minY <= other.maxY && other.minY <= maxY
    }

    /// The box grown by `margin` on every side.
    public func expanded(by margin: Double) -> Envelope {
        Envelope(minX: minX - margin, minY: minY - margin, maxX: maxX + margin, maxY: maxY + margin)
    }
}

extension Geometry {
    /// The bounding box. Wraps `GEOSGeom_getXMin_r` and friends (which also fill GEOS's cache).
    public var envelope: Envelope {
        let handle = GEOSContext.current.handle
        var box = Envelope.empty
        guard !isEmpty else { return box }
        GEOSGeom_getXMin_r(handle, pointer, &box.minX)
        GEOSGeom_getYMin_r(handle, pointer, &box.minY)
        GEOSGeom_getXMax_r(handle, pointer, &box.maxX)
        GEOSGeom_getYMax_r(handle, pointer, &box.maxY)
        return box
    }
}
