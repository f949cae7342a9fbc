import Sasaran

/// The index columns of each region, as the list's JSON, GeoJSON and CSV show them, after the
/// usual fields: each component's value (key: the column name) and its normalised score
/// (`COLUMN_score`; Alkire–Foster: `COLUMN_deprived`, 0 or 1), then `deprivations`
/// (Alkire–Foster), `index`, `index_class` (with classes) and `eligible` (with a rule). A
/// region without a figure has `null` (an empty CSV cell). Nothing is added to runs without an
/// index stage, so their outputs are unchanged. The keys are documented in docs/indices.md.
struct IndexFields {
    let index: IndexRun?
    private let joined: [JoinedRegion]
    private let parentNames: [String: String]
    private let lockedOut: Set<String>

    init(_ result: RunResult) {
        index = result.index
        joined = result.join.regions
        parentNames = Dictionary(uniqueKeysWithValues: result.selection.parents.compactMap { p in p.name.map { (p.parent, $0) } })
        lockedOut = Set(result.selection.lockedOut)
    }

    /// The keys, in order (empty without an index stage).
    var keys: [String] {
        guard let index else { return [] }
        return index.outputColumns + (index.eligibility == nil ? [] : ["eligible"])
    }

    /// The index fields of the region at `position` in the layer.
    func fields(_ position: Int) -> [(key: String, value: JSONScalar)] {
        guard let index else { return [] }
        let code = joined[position].code
        let extras = joined[position].extras
        var fields: [(key: String, value: JSONScalar)] = index.outputColumns.map { column in
            let value = extras[column]
            if column == IndexColumnNames.indexClass || column == IndexColumnNames.deprivations {
                return (column, value.flatMap { Int(exactly: $0) }.map(JSONScalar.int) ?? .null)
            }
            return (column, .nullable(value))
        }
        if let eligible = index.isEligible(code) { fields.append(("eligible", .bool(eligible))) }
        return fields
    }

    /// A selected region's record with its index fields.
    func record(_ entry: SelectionEntry) -> RegionRecord {
        var record = RegionRecord(entry)
        record.fields += fields(entry.index)
        return record
    }

    /// An unselected region's record (GeoJSON with every region) with its index fields.
    func record(unselected region: Region, total: Double) -> RegionRecord {
        let row = joined[region.index]
        var record = RegionRecord(unselected: region, joined: row, parentName: parentNames[row.key.parent],
                                  lockedOut: lockedOut.contains(row.code), total: total)
        record.fields += fields(region.index)
        return record
    }

    /// The CSV cells of the region at `position` in the layer, as ``keys``.
    func csvCells(_ position: Int) -> [String] {
        fields(position).map { field in
            switch field.value {
            case .number(let x): return NumberText.exact(x) ?? ""
            case .int(let n): return String(n)
            case .bool(let flag): return flag ? "true" : "false"
            case .string(let text): return CSVEmitter.text(text)
            case .null: return ""
            case .digits(let text): return text
            }
        }
    }
}
