import Sasaran
import SasaranIO

/// The list as features for GDAL (``OGRWriter``): a GeoPackage layer or a PostGIS table.
///
/// The columns are the JSON list's properties (``RegionRecord``, with the index columns of an
/// index run), named in snake case as in the CSV (`parent_name`, `cumulative_share`); codes are
/// text. By default one feature per selected region in rank order; with `allRegions`, every
/// region of the layer in layer order, those left out with `selected` 0 and no rank or phase.
enum PriorityListFeatures {
    /// The layer's name in a GeoPackage.
    static let layerName = "priority_list"

    static func make(_ result: RunResult, allRegions: Bool) throws -> (columns: [OGRWriter.Column], records: [OGRWriter.Record]) {
        try result.layer.requireLonLat(for: "writing a GeoPackage or PostGIS table")
        let indexFields = IndexFields(result)
        let regions = result.layer.regions
        let rows: [(RegionRecord, Region)] = allRegions
            ? regions.map { region in
                (result.selection.entry(forRegion: region.index).map(indexFields.record)
                    ?? indexFields.record(unselected: region, total: result.selection.total), region)
            }
            : result.selection.entries.map { (indexFields.record($0), regions[$0.index]) }
        let keys = rows.first?.0.fields.map(\.key) ?? indexFields.record(unselected: regions[0], total: 1).fields.map(\.key)
        let columns = keys.indices.map { k in
            OGRWriter.Column(name: snakeCase(keys[k]), kind: kind(rows.lazy.map { $0.0.fields[k].value }))
        }
        let records = rows.map { record, region in
            OGRWriter.Record(values: record.fields.map { value($0.value) }, geometry: region.geometry)
        }
        return (columns, records)
    }

    /// `cumulativeShare` → `cumulative_share`.
    static func snakeCase(_ key: String) -> String {
        var out = ""
        for character in key {
            if character.isUppercase { out += "_" + character.lowercased() } else { out.append(character) }
        }
        return out
    }

    /// The column type of a property: from its first value that is not null (text when all are).
    private static func kind<Values: Sequence>(_ values: Values) -> OGRWriter.Column.Kind where Values.Element == JSONScalar {
        for value in values {
            switch value {
            case .null: continue
            case .int, .bool: return .integer
            case .number: return .real
            case .string, .digits: return .text
            }
        }
        return .text
    }

    private static func value(_ scalar: JSONScalar) -> FieldValue {
        switch scalar {
        case let .string(text), let .digits(text): return .string(text)
        case let .int(n): return .number(Double(n))
        case let .number(x): return .number(x)
        case let .bool(flag): return .bool(flag)
        case .null: return .null
        }
    }
}
