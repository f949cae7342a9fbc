import Foundation
import SasaranGeo
import SasaranIO

/// The geometries of a layer's regions, checked and measured on first use: validity check and
/// repair (GEOS make-valid) the first time a geometry is asked for (one by one, or all together on
/// all cores), exact geodesic areas the first time an area is. A ranking that never looks at geometry (CSV or
/// JSON lists) pays for neither, and `locate` never pays for areas, which cost about a
/// microsecond per vertex.
final class LayerGeometries: @unchecked Sendable {
    /// A geometry after the check, and why it was repaired (nil when it was valid as read).
    struct Checked {
        var geometry: Geometry
        var repairReason: String?
    }

    private let features: [Feature]
    private let repair: Bool
    /// The coordinates are lon/lat; when not (CRS unknown), geodesic areas are NaN.
    private let lonLat: Bool
    private let lock = NSLock()
    /// Checked geometries by index, filled one at a time (``checked(at:)``) or all at once (``checked``).
    private var slots: [Checked?]
    private var areaCache: [Double]?

    /// `features` must all have a polygonal geometry.
    init(_ features: [Feature], repair: Bool, lonLat: Bool = true) {
        self.features = features
        self.repair = repair
        self.lonLat = lonLat
        self.slots = Array(repeating: nil, count: features.count)
    }

    /// One checked geometry; checks only that one the first time.
    func checked(at index: Int) -> Checked {
        lock.lock()
        defer { lock.unlock() }
        if let slot = slots[index] { return slot }
        let checked = checkOrKeep(index)
        slots[index] = checked
        return checked
    }

    /// The checked geometries, in feature order.
    var checked: [Checked] {
        lock.lock()
        defer { lock.unlock() }
        return checkedLocked()
    }

    private func checkedLocked() -> [Checked] {
        let missing = slots.indices.filter { slots[$0] == nil }
        if !missing.isEmpty {
            let checked = (try? concurrentMap(missing.count) { try self.check(missing[$0]) }) ?? missing.map(checkOrKeep)
            for (index, result) in zip(missing, checked) { slots[index] = result }
        }
        return slots.map { $0! }
    }

    /// Ring fixes made by the reader count as repairs too.
    private func check(_ index: Int) throws -> Checked {
        var geometry = features[index].geometry!
        var reasons = features[index].repairs
        if repair, try !geometry.isValid() {
            reasons.append(try geometry.validityReason())
            geometry = try geometry.madeValid()
        }
        geometry.prepareForSharing()
        return Checked(geometry: geometry, repairReason: reasons.isEmpty ? nil : reasons.joined(separator: "; "))
    }

    /// Where GEOS fails on a geometry, it is kept as read and the failure is its repair reason.
    private func checkOrKeep(_ index: Int) -> Checked {
        do { return try check(index) } catch {
            return Checked(geometry: features[index].geometry!, repairReason: "could not be checked: \(error)")
        }
    }

    /// The geodesic area of a geometry as the file had it, before any repair.
    func areaAsReadKm2(_ index: Int) -> Double {
        guard lonLat else { return .nan }
        return (try? features[index].geometry!.geodesicAreaKm2()) ?? .nan
    }

    /// Geodesic areas in km², in feature order (NaN where GEOS could not give the rings, and all
    /// NaN where the coordinates are not lon/lat).
    var areas: [Double] {
        lock.lock()
        defer { lock.unlock() }
        if let areaCache { return areaCache }
        guard lonLat else {
            areaCache = Array(repeating: .nan, count: features.count)
            return areaCache!
        }
        let geometries = checkedLocked().map(\.geometry)
        let areas = (try? concurrentMap(geometries.count) { try geometries[$0].geodesicAreaKm2() })
            ?? geometries.map { (try? $0.geodesicAreaKm2()) ?? .nan }
        areaCache = areas
        return areas
    }
}
