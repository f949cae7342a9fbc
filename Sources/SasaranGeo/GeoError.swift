/// Errors raised by the GEOS/PROJ layer, carrying the library's own message.
public enum GeoError: Error, CustomStringConvertible, Equatable {
    /// A GEOS or PROJ call failed; `message` is what the library said.
    case library(operation: String, message: String)
    /// A ring had fewer than four points or was not closed.
    case invalidRing(reason: String)
    /// A coordinate was NaN or infinite.
    case nonFiniteCoordinate
    /// A coordinate reference system could not be understood.
    case unknownCRS(definition: String, message: String)
    /// A coordinate could not be transformed (PROJ returned infinity).
    case transformFailed(x: Double, y: Double, message: String)

    public var description: String {
        switch self {
        case let .library(operation, message): return "\(operation) failed: \(message)"
        case let .invalidRing(reason): return "invalid ring: \(reason)"
        case .nonFiniteCoordinate: return "coordinate is NaN or infinite"
        case let .unknownCRS(definition, message):
            let shown = definition.count > 80 ? String(definition.prefix(80)) + "…" : definition
            return "unknown coordinate reference system \"\(shown)\": \(message)"
        case let .transformFailed(x, y, message):
            return "cannot transform point (\(x), \(y)) to WGS84 lon/lat: \(message)"
        }
    }
}
