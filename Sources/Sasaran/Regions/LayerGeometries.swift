import Foundation
import SasaranGeo
import SasaranIO

/// The geometries of a layer's regions, checked and measured on first use: validity check and
/// repair (GEOS make-valid) the first time a geometry is asked for (one by one, or all together on
/// all cores), exact geodesic areas the first time an area is. A ranking that never looks at geometry (CSV or
/// JSON lists) pays for neither, and `locate` never pays for areas, which cost about a
/// microsecond per vertex.
///
/// Memory: a polygon the reader left in the file's bytes (``FeatureShape``) and found valid is not
/// kept as a GEOS geometry after its check; it is built again when asked for, and only then kept.
/// A whole-layer check (the validation report, the point locator) therefore holds GEOS geometries
/// only for the regions it repaired. With `repair` off (`--trusted-geometry`) such polygons are
/// taken as valid without a check.
final class LayerGeometries: @unchecked Sendable {
    /// A geometry after the check, and why it was repaired (nil when it was valid as read).
    struct Checked {
        var geometry: Geometry
        var repairReason: String?
    }

    /// Where one region's check stands.
    private enum State {
        case unchecked
        /// Valid as the file has it (or trusted), with its coordinates in the file's bytes; no
        /// geometry kept.
        case validAsRead
        case checked(Checked)
    }

    private let features: [Feature]
    private let repair: Bool
    /// The coordinates are lon/lat; when not (CRS unknown), geodesic areas are NaN.
    private let lonLat: Bool
    private let lock = NSLock()
    private var states: [State]
    private var areaCache: [Double]?

    /// `features` must all have a polygonal shape.
    init(_ features: [Feature], repair: Bool, lonLat: Bool = true) {
        self.features = features
        self.repair = repair
        self.lonLat = lonLat
        self.states = Array(repeating: .unchecked, count: features.count)
    }

    /// One checked geometry, kept from now on; checks only that one the first time.
    func checked(at index: Int) -> Checked {
        lock.lock()
        defer { lock.unlock() }
        switch states[index] {
        case let .checked(checked):
            return checked
        case .validAsRead:
            let checked = Checked(geometry: buildOrEmpty(index), repairReason: nil)
            states[index] = .checked(checked)
            return checked
        case .unchecked:
            guard case let .checked(checked) = inspectOrKeep(index, keeping: true) else { preconditionFailure("a kept check is .checked") }
            states[index] = .checked(checked)
            return checked
        }
    }

    /// The bounding box of one checked geometry (of the file's coordinates where valid as read,
    /// without building a geometry).
    func envelope(at index: Int) -> Envelope {
        lock.lock()
        let state = states[index]
        lock.unlock()
        if case .validAsRead = state, let shape = features[index].shape { return shape.envelope }
        return checked(at: index).geometry.envelope
    }

    /// Why each region was repaired (nil when valid as read), checking every unchecked region on
    /// all cores; keeps geometries only for repaired regions.
    var repairReasons: [String?] {
        lock.lock()
        defer { lock.unlock() }
        checkAllLocked()
        return states.map { state in
            if case let .checked(checked) = state { return checked.repairReason }
            return nil
        }
    }

    /// Coordinates for a point index, region by region, on all cores: the file's own where the
    /// polygon is valid as read (no copy), else the checked geometry's rings.
    func locatorCoordinates() throws -> PointLocator {
        lock.lock()
        defer { lock.unlock() }
        checkAllLocked()
        return try PointLocator(count: features.count) { index in
            switch self.states[index] {
            case .validAsRead:
                return self.features[index].shape!.coordinates!
            case let .checked(checked):
                return try PolygonCoordinates(checked.geometry)
            case .unchecked:
                preconditionFailure("every region was checked above")
            }
        }
    }

    private func checkAllLocked() {
        let missing = states.indices.filter { if case .unchecked = states[$0] { return true } else { return false } }
        guard !missing.isEmpty else { return }
        let results = (try? concurrentMap(missing.count) { self.inspectOrKeep(missing[$0]) }) ?? missing.map { inspectOrKeep($0) }
        for (index, result) in zip(missing, results) { states[index] = result }
    }

    /// The check of one region (no lock: the caller holds it, or runs it for distinct regions on
    /// several threads). Ring fixes made by the reader count as repairs too. `keeping` keeps the
    /// geometry built for the check even where the file's coordinates would do.
    private func inspect(_ index: Int, keeping: Bool) throws -> State {
        let feature = features[index]
        let fromFile = feature.shape?.coordinates != nil && feature.repairs.isEmpty
        if fromFile && !repair && !keeping { return .validAsRead }
        var geometry = try feature.geometry!
        var reasons = feature.repairs
        if repair, try !geometry.isValid() {
            reasons.append(try geometry.validityReason())
            geometry = try geometry.madeValid()
        }
        if reasons.isEmpty && fromFile && !keeping { return .validAsRead }
        geometry.prepareForSharing()
        return .checked(Checked(geometry: geometry, repairReason: reasons.isEmpty ? nil : reasons.joined(separator: "; ")))
    }

    /// Where GEOS fails on a geometry, it is kept as read and the failure is its repair reason.
    private func inspectOrKeep(_ index: Int, keeping: Bool = false) -> State {
        do { return try inspect(index, keeping: keeping) } catch {
            return .checked(Checked(geometry: buildOrEmpty(index), repairReason: "could not be checked: \(error)"))
        }
    }

    /// The geometry as read; an empty polygon where even that cannot be built (its check then
    /// reports why; only GEOS running out of memory fails both).
    private func buildOrEmpty(_ index: Int) -> Geometry {
        guard let geometry = (try? features[index].geometry) ?? (try? Geometry.emptyPolygon()) else {
            fatalError("GEOS cannot create even an empty polygon (out of memory?)")
        }
        geometry.prepareForSharing()
        return geometry
    }

    /// The geodesic area of a geometry as the file had it, before any repair.
    func areaAsReadKm2(_ index: Int) -> Double {
        guard lonLat else { return .nan }
        return (try? features[index].geometry?.geodesicAreaKm2()) ?? .nan
    }

    /// Geodesic areas in km², in feature order (NaN where GEOS could not give the rings, and all
    /// NaN where the coordinates are not lon/lat). Regions valid as read are built for the
    /// measure and let go again.
    var areas: [Double] {
        lock.lock()
        defer { lock.unlock() }
        if let areaCache { return areaCache }
        guard lonLat else {
            areaCache = Array(repeating: .nan, count: features.count)
            return areaCache!
        }
        checkAllLocked()
        let states = self.states
        let area: (Int) -> Double = { index in
            let geometry: Geometry?
            if case let .checked(checked) = states[index] { geometry = checked.geometry } else { geometry = try? self.features[index].geometry }
            return (try? geometry?.geodesicAreaKm2()) ?? .nan
        }
        let areas = (try? concurrentMap(features.count) { area($0) }) ?? features.indices.map(area)
        areaCache = areas
        return areas
    }
}
