import Foundation
import SasaranGeo

/// The geodesic areas of a layer's regions, computed together on all cores the first time one is
/// asked for. Exact ellipsoidal areas cost about a microsecond per vertex, which dominates loading
/// a large layer; commands that never show an area (locate) never pay for it.
final class GeodesicAreas: @unchecked Sendable {
    private let geometries: [Geometry]
    private let lock = NSLock()
    private var values: [Double]?

    init(_ geometries: [Geometry]) { self.geometries = geometries }

    subscript(index: Int) -> Double {
        lock.lock()
        defer { lock.unlock() }
        if values == nil {
            values = (try? concurrentMap(geometries.count) { try self.geometries[$0].geodesicAreaKm2() })
                ?? geometries.map { (try? $0.geodesicAreaKm2()) ?? .nan }
        }
        return values![index]
    }
}
