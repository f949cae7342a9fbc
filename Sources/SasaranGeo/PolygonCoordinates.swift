/// The rings of one polygonal region as one run of little-endian x,y doubles, without GEOS: the
/// points of a shapefile record exactly where the file's bytes hold them (no copy), or rings
/// copied out of a GEOS geometry. What a point-in-polygon index needs, and nothing more.
///
/// The memory is owned by `owner` (the file's bytes, or a buffer made here) and read with
/// unaligned loads, as a shapefile's points need not be 8-byte aligned.
public struct PolygonCoordinates: @unchecked Sendable {
    /// Keeps `base` alive.
    public let owner: AnyObject
    /// The first x of the first ring.
    public let base: UnsafeRawPointer
    /// Ring `r` holds points `ringStarts[r] ..< ringStarts[r + 1]`; every ring is closed.
    public let ringStarts: [Int32]
    /// The bounding box of every point.
    public let envelope: Envelope

    /// Points stored by someone else (`owner` keeps them alive).
    public init(owner: AnyObject, base: UnsafeRawPointer, ringStarts: [Int32], envelope: Envelope) {
        self.owner = owner; self.base = base; self.ringStarts = ringStarts; self.envelope = envelope
    }

    /// Copies the rings of every polygon (shells and holes alike) into one buffer.
    public init(copying polygons: [PolygonRings], envelope: Envelope) {
        let rings = polygons.flatMap { $0 }
        let storage = CoordinateBuffer(count: rings.reduce(0) { $0 + $1.count })
        var starts: [Int32] = [0]
        var filled = 0
        for ring in rings {
            ring.withUnsafeBufferPointer { storage.pointer.advanced(by: filled).update(from: $0.baseAddress!, count: $0.count) }
            filled += ring.count
            starts.append(Int32(filled / 2))
        }
        self.init(owner: storage, base: UnsafeRawPointer(storage.pointer), ringStarts: starts, envelope: envelope)
    }

    /// The coordinates of a polygonal geometry, copied out of GEOS.
    public init(_ geometry: Geometry) throws {
        self.init(copying: try geometry.polygonRings(), envelope: geometry.envelope)
    }

    /// The number of points over all rings.
    public var pointCount: Int { Int(ringStarts.last ?? 0) }

    /// x of point `index` (counted over all rings).
    @inline(__always)
    public func x(_ index: Int) -> Double { base.loadUnaligned(fromByteOffset: index &* 16, as: Double.self) }

    /// y of point `index`.
    @inline(__always)
    public func y(_ index: Int) -> Double { base.loadUnaligned(fromByteOffset: index &* 16 &+ 8, as: Double.self) }
}

/// Doubles owned by a class, so that ``PolygonCoordinates`` can point into them.
final class CoordinateBuffer {
    let pointer: UnsafeMutablePointer<Double>

    init(count: Int) {
        pointer = .allocate(capacity: max(count, 1))
    }

    deinit { pointer.deallocate() }
}
