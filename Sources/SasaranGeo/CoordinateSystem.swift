import CPROJ

/// A coordinate reference system parsed by PROJ from WKT (OGC or ESRI .prj dialect), PROJJSON,
/// or an authority code such as "EPSG:32749".
public final class CoordinateSystem: @unchecked Sendable {
    let context: ProjContext
    let pointer: OpaquePointer
    /// The definition as given.
    public let definition: String
    /// PROJ's name for it ("WGS 84 / UTM zone 49S").
    public let name: String
    /// True for a geographic (lon/lat) system.
    public let isGeographic: Bool
    /// True when it is WGS84 longitude/latitude in degrees, so coordinates need no transform.
    public let isWGS84: Bool

    /// WGS84 longitude/latitude, the system every layer is brought into.
    public static func wgs84() throws -> CoordinateSystem { try CoordinateSystem("EPSG:4326") }

    /// Parses a definition. Wraps `proj_create`.
    /// - Throws: ``GeoError/unknownCRS(definition:message:)`` with PROJ's message.
    public init(_ definition: String) throws {
        let context = ProjContext()
        guard let pointer = proj_create(context.pointer, definition) else {
            throw GeoError.unknownCRS(definition: definition, message: context.lastMessage())
        }
        let type = proj_get_type(pointer)
        let crsTypes: Set<PJ_TYPE> = [PJ_TYPE_GEOGRAPHIC_2D_CRS, PJ_TYPE_GEOGRAPHIC_3D_CRS, PJ_TYPE_PROJECTED_CRS,
                                      PJ_TYPE_COMPOUND_CRS, PJ_TYPE_GEODETIC_CRS, PJ_TYPE_BOUND_CRS, PJ_TYPE_OTHER_CRS]
        guard crsTypes.contains(type) else {
            proj_destroy(pointer)
            throw GeoError.unknownCRS(definition: definition, message: "not a coordinate reference system")
        }
        self.context = context
        self.pointer = pointer
        self.definition = definition
        self.name = proj_get_name(pointer).map { String(cString: $0) } ?? "unnamed"
        self.isGeographic = type == PJ_TYPE_GEOGRAPHIC_2D_CRS || type == PJ_TYPE_GEOGRAPHIC_3D_CRS
        if let reference = proj_create(context.pointer, "EPSG:4326") {
            defer { proj_destroy(reference) }
            isWGS84 = proj_is_equivalent_to_with_ctx(context.pointer, pointer, reference, PJ_COMP_EQUIVALENT_EXCEPT_AXIS_ORDER_GEOGCRS) == 1
        } else {
            isWGS84 = false
        }
    }

    deinit { proj_destroy(pointer) }

    /// "EPSG:32749" when PROJ can identify the system with confidence, else nil.
    public var authorityCode: String? {
        if let authority = proj_get_id_auth_name(pointer, 0), let code = proj_get_id_code(pointer, 0) {
            return "\(String(cString: authority)):\(String(cString: code))"
        }
        if isWGS84 { return "EPSG:4326" }
        var confidence: UnsafeMutablePointer<Int32>?
        guard let matches = proj_identify(context.pointer, pointer, "EPSG", nil, &confidence) else { return nil }
        defer { proj_list_destroy(matches); proj_int_list_destroy(confidence) }
        guard proj_list_get_count(matches) > 0, let best = confidence?[0], best >= 90,
              let match = proj_list_get(context.pointer, matches, 0) else { return nil }
        defer { proj_destroy(match) }
        guard let code = proj_get_id_code(match, 0) else { return nil }
        return "EPSG:\(String(cString: code))"
    }

    /// A transform from this system to WGS84 lon/lat, or nil when none is needed.
    public func transformToWGS84() throws -> CoordinateTransform? {
        isWGS84 ? nil : try CoordinateTransform(from: self, to: .wgs84())
    }
}

/// A transform between two systems, in "visualization" axis order (x = easting or longitude).
/// Wraps `proj_create_crs_to_crs_from_pj`, `proj_normalize_for_visualization` and `proj_trans_generic`.
public final class CoordinateTransform: @unchecked Sendable {
    private let context = ProjContext()
    private let pointer: OpaquePointer

    public init(from source: CoordinateSystem, to target: CoordinateSystem) throws {
        guard let raw = proj_create_crs_to_crs_from_pj(context.pointer, source.pointer, target.pointer, nil, nil) else {
            throw GeoError.unknownCRS(definition: source.definition, message: "no transform to \(target.name): \(context.lastMessage())")
        }
        defer { proj_destroy(raw) }
        guard let normalized = proj_normalize_for_visualization(context.pointer, raw) else {
            throw GeoError.unknownCRS(definition: source.definition, message: context.lastMessage())
        }
        pointer = normalized
    }

    deinit { proj_destroy(pointer) }

    /// Transforms interleaved x,y doubles in place.
    /// - Throws: ``GeoError/transformFailed(x:y:message:)`` naming the first point PROJ could not
    ///   transform (PROJ marks those with infinity rather than failing).
    public func transform(_ xy: UnsafeMutableBufferPointer<Double>) throws {
        let count = xy.count / 2
        guard count > 0, let base = xy.baseAddress else { return }
        let original = Array(xy.prefix(2))
        let stride = 2 * MemoryLayout<Double>.stride
        proj_trans_generic(pointer, PJ_FWD, base, stride, count, base + 1, stride, count, nil, 0, 0, nil, 0, 0)
        for index in 0..<count where !xy[2 * index].isFinite || !xy[2 * index + 1].isFinite {
            let message = context.lastMessage()
            throw GeoError.transformFailed(x: index == 0 ? original[0] : .nan, y: index == 0 ? original[1] : .nan,
                                           message: message.isEmpty ? "outside the projection's domain (point \(index))" : message)
        }
    }
}

/// A PROJ context with network access off and messages captured for errors.
final class ProjContext {
    let pointer: OpaquePointer
    private var messages: [String] = []

    init() {
        pointer = proj_context_create()
        proj_context_set_enable_network(pointer, 0)
        proj_log_level(pointer, PJ_LOG_ERROR)
        proj_log_func(pointer, Unmanaged.passUnretained(self).toOpaque()) { userdata, _, message in
            guard let userdata, let message else { return }
            Unmanaged<ProjContext>.fromOpaque(userdata).takeUnretainedValue().messages.append(String(cString: message))
        }
    }

    deinit { proj_context_destroy(pointer) }

    /// The messages PROJ logged since the last call, or its error string.
    func lastMessage() -> String {
        defer { messages.removeAll() }
        if let last = messages.last { return last }
        let code = proj_context_errno(pointer)
        return code == 0 ? "" : String(cString: proj_context_errno_string(pointer, code))
    }
}
