/// Shape types of the ESRI Shapefile Technical Description (July 1998).
public enum ShapeType: Int32, Sendable, CustomStringConvertible {
    case null = 0
    case point = 1, polyLine = 3, polygon = 5, multiPoint = 8
    case pointZ = 11, polyLineZ = 13, polygonZ = 15, multiPointZ = 18
    case pointM = 21, polyLineM = 23, polygonM = 25, multiPointM = 28
    case multiPatch = 31

    public var description: String {
        switch self {
        case .null: return "Null"
        case .point: return "Point"
        case .polyLine: return "PolyLine"
        case .polygon: return "Polygon"
        case .multiPoint: return "MultiPoint"
        case .pointZ: return "PointZ"
        case .polyLineZ: return "PolyLineZ"
        case .polygonZ: return "PolygonZ"
        case .multiPointZ: return "MultiPointZ"
        case .pointM: return "PointM"
        case .polyLineM: return "PolyLineM"
        case .polygonM: return "PolygonM"
        case .multiPointM: return "MultiPointM"
        case .multiPatch: return "MultiPatch"
        }
    }

    /// Polygon, PolygonZ or PolygonM (Z and M are ignored on reading).
    public var isPolygon: Bool { self == .polygon || self == .polygonZ || self == .polygonM }
    /// Point, PointZ or PointM.
    public var isPoint: Bool { self == .point || self == .pointZ || self == .pointM }
    /// MultiPoint, MultiPointZ or MultiPointM.
    public var isMultiPoint: Bool { self == .multiPoint || self == .multiPointZ || self == .multiPointM }
    /// PolyLine, PolyLineZ or PolyLineM.
    public var isPolyLine: Bool { self == .polyLine || self == .polyLineZ || self == .polyLineM }
}
