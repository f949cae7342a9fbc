import SasaranGeo

/// How every boundary reader settles a layer's coordinate reference system, in one place: from
/// `--crs` when the user gives it, else from what the file states (a .prj, GDAL's layer SRS, a
/// GeoJSON `crs` member). A system PROJ cannot read or transform to WGS84 makes the CRS unknown,
/// with a warning: coordinates are then kept as read, and the work that needs lon/lat (areas,
/// maps, GeoJSON, adjacency, locate) stops with an error naming `--crs` (see ``CRSInfo/known``).
/// A file that states nothing is WGS84 lon/lat when its coordinates can be degrees (assumed,
/// with a warning), else unknown.
struct LayerCRS {
    var info: CRSInfo
    /// The source system, when known.
    var system: CoordinateSystem?
    /// The transform to WGS84 lon/lat, when coordinates need one.
    var transform: CoordinateTransform?
    var warnings: [String] = []
    /// Nothing was stated: ``settle(extent:)`` decides from the coordinates.
    private(set) var unstated = false
    private var unstatedReason = ""

    init(info: CRSInfo, system: CoordinateSystem? = nil, transform: CoordinateTransform? = nil) {
        self.info = info; self.system = system; self.transform = transform
    }

    /// What the work that needs lon/lat tells a user to do.
    static let advice = "areas, maps, GeoJSON, adjacency and locate need it: give it with --crs (an EPSG code such as EPSG:32749, WKT or a PROJ string)"

    /// Resolves the CRS. `stated` is the file's definition (nil when absent); `origin` names where
    /// it came from (".prj", "GDAL layer"); `file` labels errors.
    /// - Throws: ``InputError`` when `override` (the `--crs` text) is not a system PROJ can use.
    static func resolve(override: String?, stated: String?, origin: String, file: String) throws -> LayerCRS {
        if let override {
            do {
                let system = try CoordinateSystem(override)
                let transform = try system.transformToWGS84()
                return LayerCRS(info: CRSInfo(name: system.name, code: system.authorityCode, transformed: transform != nil, source: "--crs"),
                                system: system, transform: transform)
            } catch let error as GeoError {
                throw InputError(file: file, field: "--crs", message: "--crs \"\(override)\" is not a coordinate reference system PROJ can use: \(error)")
            }
        }
        let text = stated?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        guard !text.isEmpty else {
            var crs = LayerCRS(info: CRSInfo(name: "WGS 84", code: "EPSG:4326", transformed: false, source: "assumed"))
            crs.unstated = true
            crs.unstatedReason = stated == nil ? "no \(origin)" : "the \(origin) is empty"
            return crs
        }
        if var known = KnownCRS.wgs84(text) {
            known.source = origin
            return LayerCRS(info: known)
        }
        do {
            let system = try CoordinateSystem(text)
            let transform = try system.transformToWGS84()
            return LayerCRS(info: CRSInfo(name: system.name, code: system.authorityCode, transformed: transform != nil, source: origin),
                            system: system, transform: transform)
        } catch {
            let reason: String
            if case let GeoError.unknownCRS(_, message) = error { reason = message.isEmpty ? "PROJ could not parse it" : message } else { reason = "\(error)" }
            var crs = LayerCRS(info: .unknown(source: "\(origin) PROJ cannot use"))
            crs.warnings.append("cannot use the coordinate reference system of the \(origin) (\(reason)): it is unknown; \(advice)")
            return crs
        }
    }

    static func fitsDegrees(_ extent: Envelope) -> Bool {
        extent.minX >= -180 && extent.maxX <= 180 && extent.minY >= -90 && extent.maxY <= 90
    }

    /// GeoJSON without a usable `crs` member: RFC 7946 says longitude/latitude, but files
    /// exported in a projected system without saying so are common; ``settle(extent:)`` checks
    /// the coordinates as it does for a shapefile without a .prj (no warning when they fit).
    static func geoJSONDefault(reason: String) -> LayerCRS {
        var crs = LayerCRS(info: CRSInfo(name: "WGS 84", code: "EPSG:4326", transformed: false, source: "GeoJSON (RFC 7946 lon/lat)"))
        crs.unstated = true
        crs.rfc7946 = true
        crs.unstatedReason = reason
        return crs
    }

    /// The default is the format's own (RFC 7946), not a guess: no warning when it holds.
    private var rfc7946 = false

    /// True when the coordinates are used as read, as longitude/latitude: nothing stated, or a
    /// geographic system with no transform. Readers then track the extent for ``settle(extent:)``.
    var needsExtent: Bool { unstated || (info.known && transform == nil) }

    /// Checks the extent of the coordinates as read. A layer that stated no CRS is decided from
    /// it; a layer whose CRS is geographic but whose coordinates lie outside longitude −180…180 or
    /// latitude −90…90 (metres under a WGS 84 label, latitude 95, 1e308) gets an unknown CRS,
    /// so that areas, maps and GeoJSON stop naming --crs instead of trapping on the numbers.
    mutating func settle(extent: Envelope) {
        guard unstated else {
            guard info.known, transform == nil, !extent.isEmpty, !Self.fitsDegrees(extent) else { return }
            warnings.append("the coordinate reference system (\(info.name), from \(info.source)) is longitude/latitude, but the coordinates (x \(extent.minX)…\(extent.maxX), y \(extent.minY)…\(extent.maxY)) lie outside −180…180 and −90…90: it is unknown; \(Self.advice)")
            info = .unknown(source: "coordinates outside longitude/latitude")
            return
        }
        unstated = false
        if extent.isEmpty || Self.fitsDegrees(extent) {
            if rfc7946 { return }
            warnings.append("\(unstatedReason): assumed WGS84 longitude/latitude (give --crs if it is another system)")
        } else {
            info = .unknown(source: unstatedReason)
            warnings.append("\(unstatedReason), and the coordinates (x \(extent.minX)…\(extent.maxX), y \(extent.minY)…\(extent.maxY)) are not longitude/latitude: the coordinate reference system is unknown; \(Self.advice)")
        }
    }
}

extension CRSInfo {
    /// A system nobody stated or PROJ cannot use; `source` says why.
    static func unknown(source: String) -> CRSInfo {
        CRSInfo(name: "unknown", code: nil, transformed: false, source: source, known: false)
    }
}
