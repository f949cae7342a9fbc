import Foundation
import SasaranIO

/// A table of parent (province) names: a code column and a name column, given or detected. The
/// code column is the one whose values match the run's parent codes best; the name column the
/// first one named like `nama…`/`name…` (other than the code column).
public struct ParentNamesInput: Sendable, Hashable {
    public var path: String
    public var codeColumn: String?
    public var nameColumn: String?

    public init(path: String, codeColumn: String? = nil, nameColumn: String? = nil) {
        self.path = path; self.codeColumn = codeColumn; self.nameColumn = nameColumn
    }

    /// The names of `parents`, by code. A parent without a row has no name (it is shown by code);
    /// a table in which no column holds the parent codes is an error.
    public func load(parents: Set<String>) throws -> [String: String] {
        let reader = try CSVReader(contentsOf: URL(fileURLWithPath: path))
        var records: [[String]] = []
        try reader.forEachRecord { record in
            records.append(reader.header.indices.map { record[$0].string.trimmingCharacters(in: .whitespaces) })
        }
        func index(_ name: String, _ role: String) throws -> Int {
            do { return try reader.columnIndex(of: name) } catch {
                throw IndicatorError.unknownColumn(file: path, column: name, role: role, available: reader.header)
            }
        }
        let codeIndex: Int
        if let codeColumn {
            codeIndex = try index(codeColumn, "parent code")
        } else {
            let matches = reader.header.indices.map { c in Set(records.map { $0[c] }).intersection(parents).count }
            guard let best = matches.indices.max(by: { (matches[$0], -$0) < (matches[$1], -$1) }), matches[best] > 0 else {
                throw ScenarioError(file: path, message: "no column holds the parent codes (\(offenderList(parents.sorted()))); "
                    + "give the code column (--parent-names-code-column)")
            }
            codeIndex = best
        }
        let nameIndex: Int
        if let nameColumn {
            nameIndex = try index(nameColumn, "parent name")
        } else {
            guard let detected = reader.header.indices.first(where: { c in
                let lower = reader.header[c].lowercased()
                return c != codeIndex && (lower.hasPrefix("nama") || lower.hasPrefix("name"))
            }) else {
                throw ScenarioError(file: path, message: "no name column (named like nama or name); the columns are \(reader.header.joined(separator: ", ")) "
                    + "(give --parent-names-name-column)")
            }
            nameIndex = detected
        }
        var names: [String: String] = [:]
        for record in records where parents.contains(record[codeIndex]) && names[record[codeIndex]] == nil {
            names[record[codeIndex]] = record[nameIndex]
        }
        return names
    }

    /// Parent names from a field of the layer such as NAMA_PROV, when each parent has exactly one.
    public static func fromLayer(_ layer: RegionLayer) -> [String: String] {
        guard let first = layer.regions.first else { return [:] }
        let candidates = ["nama_prov", "provinsi", "nm_prov", "prov_name", "province", "name_1", "admin1name"]
        guard let field = candidates.lazy.compactMap({ name in first.attributes.keys.first { $0.lowercased() == name } }).first else {
            return [:]
        }
        var names: [String: String] = [:]
        for region in layer.regions where !region.parent.isEmpty {
            let name = region.attributes[field]?.trimmingCharacters(in: .whitespaces) ?? ""
            if let known = names[region.parent], known != name { return [:] }
            names[region.parent] = name
        }
        return names
    }
}
