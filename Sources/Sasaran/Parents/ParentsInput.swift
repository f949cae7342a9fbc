import Foundation
import SasaranIO

/// Parents taken from a table instead of the layer: each region's parent is the value of
/// `parentColumn` in the row whose `codeColumn` holds the region's code, cut to its first
/// `prefix` characters when given. This groups regions by the parents of another year: the
/// shared crosswalk's `kode_kemendagri_2020` starts with the 2020 province, so
/// `parent-column: kode_kemendagri_2020, prefix: 2` groups the 2025 districts by the provinces
/// of the 2021 design (before Papua was split). Focus, per-parent limits and the province table
/// then use these parents.
public struct ParentsInput: Sendable, Hashable {
    public var path: String
    public var codeColumn: String
    public var parentColumn: String
    public var prefix: Int?

    public init(path: String, codeColumn: String, parentColumn: String, prefix: Int? = nil) {
        self.path = path; self.codeColumn = codeColumn; self.parentColumn = parentColumn; self.prefix = prefix
    }

    /// The regions with their parents replaced. Every region must have a row; an error lists
    /// those that have none.
    public func apply(to regions: [RegionKey]) throws -> [RegionKey] {
        let table = try Crosswalk.load(contentsOf: URL(fileURLWithPath: path), from: codeColumn, to: parentColumn)
        var missing: [String] = []
        let result = regions.map { region -> RegionKey in
            guard let value = table.map(region.code.trimmingCharacters(in: .whitespaces)) else {
                missing.append(region.code)
                return region
            }
            var replaced = region
            replaced.parent = prefix.map { String(value.prefix($0)) } ?? value
            return replaced
        }
        if !missing.isEmpty {
            throw ScenarioError(file: path, message: "\(missing.count) region(s) of the layer have no row in column \(codeColumn), so no parent: "
                + offenderList(missing))
        }
        return result
    }
}
