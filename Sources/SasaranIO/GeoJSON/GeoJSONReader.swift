import Foundation
import SasaranGeo

/// Reads a GeoJSON FeatureCollection (RFC 7946) of Polygon, MultiPolygon, Point and MultiPoint
/// features. Coordinates are WGS84 lon/lat unless an old-style (2008) `crs` member names another
/// system, which is then transformed to WGS84 through PROJ (or `--crs` says otherwise; see
/// ``LayerCRS``).
public enum GeoJSONReader {
    /// Reads the file at `path`; `crs` (the user's `--crs`) replaces what the file states.
    public static func read(path: String, crs override: String? = nil) throws -> FeatureLayer {
        let data = try readWholeFile(path, limit: Limits.maxGeoJSONBytes, what: "a GeoJSON file",
                                     advice: "convert bigger layers to a shapefile")
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: data, options: [])
        } catch {
            throw InputError(file: path, message: "not valid JSON: \(describeJSONError(error))")
        }
        return try read(root, path: path, crs: override)
    }

    static func read(_ root: Any, path: String, crs override: String? = nil) throws -> FeatureLayer {
        guard let object = root as? [String: Any], let type = object["type"] as? String else {
            throw InputError(file: path, message: "not GeoJSON: the top level is not an object with a \"type\"")
        }
        let features: [Any]
        switch type {
        case "FeatureCollection":
            guard let list = object["features"] as? [Any] else {
                throw InputError(file: path, message: "FeatureCollection without a \"features\" array")
            }
            features = list
        case "Feature": features = [object]
        default: throw InputError(file: path, message: "GeoJSON of type \(type); expected a FeatureCollection")
        }
        var crs = try coordinateSystem(object["crs"], path: path, override: override)
        let transform = crs.transform
        var schema = PropertySchema()
        var parsed: [(record: Int, properties: [String: Any], geometry: Geometry?, repairs: [String])] = []
        for (index, item) in features.enumerated() {
            let record = index + 1
            guard let feature = item as? [String: Any], feature["type"] as? String == "Feature" else {
                throw InputError(file: path, record: record, message: "not a Feature object")
            }
            let properties = feature["properties"] as? [String: Any] ?? [:]
            schema.observe(properties)
            let geometry: Geometry?
            var repairs: [String] = []
            do {
                geometry = try GeoJSONGeometry.build(feature["geometry"], transform: transform, repairs: &repairs)
            } catch let error as GeoError {
                throw InputError(file: path, record: record, field: "geometry", message: error.description)
            } catch let error as GeoJSONGeometry.Problem {
                throw InputError(file: path, record: record, field: "geometry", message: error.message)
            }
            parsed.append((record, properties, geometry, repairs))
        }
        let fields = schema.fields
        crs.settle(extent: parsed.reduce(Envelope.empty) { $0.union($1.geometry?.envelope ?? .empty) })
        return FeatureLayer(
            format: "GeoJSON", path: path, sourceFiles: [path], crs: crs.info, encoding: "UTF-8",
            fields: fields,
            features: parsed.map { item in
                Feature(record: item.record, attributes: fields.map { FieldValue(json: item.properties[$0.name]) },
                        geometry: item.geometry, repairs: item.repairs)
            },
            warnings: crs.warnings)
    }

    /// RFC 7946 lon/lat, unless an old-style `crs` member names another system or `override` does.
    private static func coordinateSystem(_ member: Any?, path: String, override: String?) throws -> LayerCRS {
        if override != nil { return try LayerCRS.resolve(override: override, stated: nil, origin: "GeoJSON crs member", file: path) }
        guard let member = member as? [String: Any] else { return .geoJSONDefault(reason: "no crs member") }
        guard let properties = member["properties"] as? [String: Any], let name = properties["name"] as? String else {
            // An old-style "link" crs (a URL to a definition) or a malformed member: nothing PROJ
            // can be given, so the coordinates decide.
            return .geoJSONDefault(reason: "a crs member of type \(member["type"] as? String ?? "unknown") that names no system")
        }
        if name.hasSuffix("CRS84") || name.hasSuffix("CRS:84") { return .geoJSONDefault(reason: "crs member \(name)") }
        return try LayerCRS.resolve(override: nil, stated: name, origin: "GeoJSON crs member", file: path)
    }

    private static func describeJSONError(_ error: Error) -> String {
        let info = (error as NSError).userInfo
        return (info[NSDebugDescriptionErrorKey] as? String) ?? error.localizedDescription
    }
}

/// The union of property names in order of first appearance, with a type for each.
struct PropertySchema {
    private var names: [String] = []
    private var types: [String: String] = [:]

    mutating func observe(_ properties: [String: Any]) {
        for key in properties.keys.sorted() where types[key] == nil {
            names.append(key)
            types[key] = "null"
        }
        for (key, value) in properties {
            let type = FieldValue(json: value).typeName
            if types[key] == "null" { types[key] = type } else if type != "null", types[key] != type { types[key] = "mixed" }
        }
    }

    var fields: [Field] { names.map { Field(name: $0, type: types[$0] ?? "null") } }
}

extension FieldValue {
    /// A JSON value as an attribute; arrays and objects are kept as their JSON text.
    init(json: Any?) {
        switch json {
        case nil, is NSNull: self = .null
        case let number as NSNumber where String(cString: number.objCType) == "c": self = .bool(number.boolValue)
        case let number as NSNumber: self = .number(number.doubleValue)
        case let string as String: self = .string(string)
        case let other?:
            let data = (try? JSONSerialization.data(withJSONObject: other, options: [.sortedKeys])) ?? Data()
            self = .string(String(decoding: data, as: UTF8.self))
        }
    }

    var typeName: String {
        switch self {
        case .string: return "string"
        case .number: return "number"
        case .bool: return "boolean"
        case .date: return "date"
        case .null: return "null"
        }
    }
}
