import Sasaran

/// The index columns of each region, as the list's JSON, GeoJSON and CSV show them, after the
/// usual fields: each component's value (key: the column name) and its normalised score
/// (`COLUMN_score`; Alkire–Foster: `COLUMN_deprived`, 0 or 1), then `deprivations`
/// (Alkire–Foster), `index`, `index_class` (with classes) and `eligible` (with a rule). A
/// region without a figure has `null` (an empty CSV cell). Nothing is added to runs without an
/// index stage, so their outputs are unchanged. The keys are documented in docs/indices.md.
struct IndexFields {
    let index: IndexRun?
    private let joined: [String: JoinedRegion]

    init(_ result: RunResult) {
        index = result.index
        joined = Dictionary(result.join.regions.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// The keys, in order (empty without an index stage).
    var keys: [String] {
        guard let index else { return [] }
        return index.outputColumns + (index.eligibility == nil ? [] : ["eligible"])
    }

    /// The index fields of the region `code`.
    func fields(_ code: String) -> [(key: String, value: JSONScalar)] {
        guard let index else { return [] }
        let extras = joined[code]?.extras ?? [:]
        var fields: [(key: String, value: JSONScalar)] = index.outputColumns.map { column in
            let value = extras[column]
            if column == IndexColumnNames.indexClass || column == IndexColumnNames.deprivations {
                return (column, value.map { JSONScalar.int(Int($0)) } ?? .null)
            }
            return (column, .nullable(value))
        }
        if let eligible = index.isEligible(code) { fields.append(("eligible", .bool(eligible))) }
        return fields
    }

    /// A selected region's record with its index fields.
    func record(_ entry: SelectionEntry) -> RegionRecord {
        var record = RegionRecord(entry)
        record.fields += fields(entry.code)
        return record
    }

    /// An unselected region's record (GeoJSON with every region) with its index fields.
    func record(unselected region: Region, total: Double) -> RegionRecord {
        var record = RegionRecord(unselected: region, joined: joined[region.code], total: total)
        record.fields += fields(region.code)
        return record
    }

    /// The CSV cells of the region `code`, as ``keys``.
    func csvCells(_ code: String) -> [String] {
        fields(code).map { field in
            switch field.value {
            case .number(let x): return NumberText.exact(x) ?? ""
            case .int(let n): return String(n)
            case .bool(let flag): return flag ? "true" : "false"
            case .string(let text): return CSVEmitter.text(text)
            case .null: return ""
            }
        }
    }
}
