import Foundation
import SasaranGeo
import SasaranIO

/// What any boundary or point file holds, described without being told anything about it: the
/// first half of `sasaran inspect FILE` (keys of `inspect --json` under `description`). It needs
/// no code field and no known CRS, so it works on every file a reader opens.
public struct LayerDescription: Codable, Sendable {
    /// One attribute field, with what its values look like.
    public struct FieldDescription: Codable, Sendable, Equatable {
        public var name: String
        /// The type as the file states it ("C(5)", "N(10,0)", "String(80)", "number").
        public var type: String
        /// Records whose value is empty or null.
        public var empty: Int
        /// Distinct non-empty values.
        public var distinct: Int
        /// The first few distinct non-empty values, in file order.
        public var samples: [String]
    }

    /// A field the description suggests for a role, and why.
    public struct Suggestion: Codable, Sendable, Equatable {
        /// "code", "name" or "parent".
        public var role: String
        public var field: String
        public var why: String
    }

    public var path: String
    public var format: String
    public var encoding: String
    public var crs: CRSInfo
    /// Features in the file (deleted shapefile records not counted).
    public var records: Int
    /// Features by GEOS geometry type ("Polygon", "MultiPolygon", "Point"), empty ones included.
    public var geometryTypes: [String: Int]
    /// Features with no geometry (a null shape).
    public var nullGeometries: Int
    /// Features with an empty geometry.
    public var emptyGeometries: Int
    /// [minX, minY, maxX, maxY] of every geometry: lon/lat where the CRS is known, else the
    /// file's own coordinates. Empty when there is no geometry.
    public var bbox: [Double]
    public var fields: [FieldDescription]
    public var suggestions: [Suggestion]
    /// What the reader had to say (assumed CRS, rebuilt index, encoding fallbacks …).
    public var warnings: [String]

    /// How many distinct values a field description keeps as samples.
    public static let sampleCount = 3

    /// Describes a layer as read.
    /// - Throws: where a geometry deferred by the reader cannot be built (``FeatureShape``).
    public init(_ layer: FeatureLayer) throws {
        path = layer.path
        format = layer.format
        encoding = layer.encoding
        crs = layer.crs
        records = layer.features.count
        warnings = layer.warnings
        var types: [String: Int] = [:]
        var nulls = 0, empties = 0
        var box = Envelope.empty
        for feature in layer.features {
            guard let geometry = try feature.geometry else { nulls += 1; continue }
            types[geometry.typeName, default: 0] += 1
            if geometry.isEmpty { empties += 1 } else { box = box.union(geometry.envelope) }
        }
        geometryTypes = types
        nullGeometries = nulls
        emptyGeometries = empties
        bbox = box.isEmpty ? [] : [box.minX, box.minY, box.maxX, box.maxY]
        let columns = layer.fields.indices.map { index in layer.features.map { $0.attributes[index].text.trimmingCharacters(in: .whitespaces) } }
        fields = zip(layer.fields, columns).map { field, values in
            var seen = Set<String>()
            var samples: [String] = []
            var empty = 0
            for value in values {
                if value.isEmpty { empty += 1; continue }
                if seen.insert(value).inserted, samples.count < Self.sampleCount { samples.append(value) }
            }
            return FieldDescription(name: field.name, type: field.type, empty: empty, distinct: seen.count, samples: samples)
        }
        suggestions = FieldSuggestions(fields: fields, columns: columns, records: layer.features.count).all
    }

    /// True when every geometry is a polygon or multipolygon (a region layer), and there is one.
    public var isPolygonal: Bool {
        !geometryTypes.isEmpty && geometryTypes.keys.allSatisfy { $0 == "Polygon" || $0 == "MultiPolygon" }
    }

    /// The field suggested for `role`, if any.
    public func suggested(_ role: String) -> String? {
        suggestions.first { $0.role == role }?.field
    }
}

/// The rules that pick code, name and parent fields from what the values look like.
///
/// - code: every record has a value and no two share one; among those, a field named like a code
///   wins, then one whose values look like codes (digits, dots, letters; no spaces).
/// - name: text with letters and spaces in most records, distinct for most; a field named like
///   a name wins.
/// - parent: every value is the start of the record's code (province "32" of district "32.01")
///   and there are fewer of them than codes.
struct FieldSuggestions {
    let fields: [LayerDescription.FieldDescription]
    let columns: [[String]]
    let records: Int

    private static let codeNames = ["code", "kode", "kd", "id", "fid", "geocode", "pcode", "fips", "iso", "objectid"]
    private static let nameNames = ["name", "nama", "nm", "label", "title", "areaname", "district", "region"]
    private static let parentNames = ["parent", "prov", "province", "provinsi", "state", "region", "adm1"]

    var all: [LayerDescription.Suggestion] {
        var result: [LayerDescription.Suggestion] = []
        let code = self.code
        if let code { result.append(code.suggestion) }
        if let name = name(excluding: code?.index) { result.append(name) }
        if let code, let parent = parent(of: code.index) { result.append(parent) }
        return result
    }

    private static func named(_ name: String, like words: [String]) -> Bool {
        let lowered = name.lowercased()
        return words.contains { lowered == $0 || lowered.hasPrefix($0 + "_") || lowered.hasSuffix("_" + $0) || lowered.hasPrefix($0) }
    }

    private static func looksLikeCode(_ value: String) -> Bool {
        value.count <= 20 && !value.contains(" ") && value.contains(where: \.isNumber)
            && value.allSatisfy { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" || $0 == "_" }
    }

    private var code: (index: Int, suggestion: LayerDescription.Suggestion)? {
        let unique = fields.indices.filter { fields[$0].empty == 0 && fields[$0].distinct == records && records > 0 }
        let candidates = unique.filter { !isFractionalNumber($0) }
        func pick(_ index: Int, _ why: String) -> (Int, LayerDescription.Suggestion) {
            (index, .init(role: "code", field: fields[index].name, why: "unique and present in all \(records) records; \(why)"))
        }
        if let index = candidates.first(where: { Self.named(fields[$0].name, like: Self.codeNames) && columns[$0].allSatisfy(Self.looksLikeCode) }) {
            return pick(index, "named like a code, values like \"\(columns[index][0])\"")
        }
        if let index = candidates.first(where: { columns[$0].allSatisfy(Self.looksLikeCode) }) {
            return pick(index, "values look like codes (\"\(columns[index][0])\")")
        }
        if let index = candidates.first(where: { Self.named(fields[$0].name, like: Self.codeNames) }) {
            return pick(index, "named like a code")
        }
        return nil
    }

    /// A numeric field with a fractional part (an area, a rate): never a code, whatever its
    /// values look like. Text fields holding "32.01" are not numeric.
    private func isFractionalNumber(_ index: Int) -> Bool {
        let type = fields[index].type
        if type.hasPrefix("Real") { return true }
        if type.hasPrefix("N(") || type.hasPrefix("F("), let comma = type.firstIndex(of: ",") {
            return type[type.index(after: comma)...].dropLast() != "0"
        }
        if type == "number" { return columns[index].contains { Double($0).map { $0 != $0.rounded() } ?? false } }
        return false
    }

    private func name(excluding code: Int?) -> LayerDescription.Suggestion? {
        let texts = fields.indices.filter { index in
            index != code && fields[index].distinct * 2 >= records && records > 0
                && columns[index].filter { $0.contains(where: \.isLetter) }.count * 2 >= records
        }
        if let index = texts.first(where: { Self.named(fields[$0].name, like: Self.nameNames) }) {
            return .init(role: "name", field: fields[index].name, why: "named like a name; text such as \"\(fields[index].samples.first ?? "")\"")
        }
        let spaced = texts.max { lhs, rhs in
            columns[lhs].filter { $0.contains(" ") }.count < columns[rhs].filter { $0.contains(" ") }.count
        }
        guard let index = spaced, columns[index].contains(where: { $0.contains(" ") }) else { return nil }
        return .init(role: "name", field: fields[index].name, why: "the most text with spaces (\"\(fields[index].samples.first ?? "")\")")
    }

    private func parent(of code: Int) -> LayerDescription.Suggestion? {
        let codes = columns[code]
        for index in fields.indices where index != code && fields[index].empty == 0 && fields[index].distinct < fields[code].distinct {
            let values = columns[index]
            guard zip(values, codes).allSatisfy({ $0.count < $1.count && $1.hasPrefix($0) }) else { continue }
            return .init(role: "parent", field: fields[index].name,
                         why: "every value starts the record's \(fields[code].name) (\"\(values[0])\" of \"\(codes[0])\"); \(fields[index].distinct) distinct")
        }
        if let index = fields.indices.first(where: { $0 != code && Self.named(fields[$0].name, like: Self.parentNames) && fields[$0].distinct < fields[code].distinct }) {
            return .init(role: "parent", field: fields[index].name, why: "named like a parent; \(fields[index].distinct) distinct values")
        }
        return nil
    }
}
