import Foundation
import SasaranIO

/// Joins the columns an index needs from several tables at once: each table is joined to the
/// layer by its own code column, filters and crosswalk (``IndicatorTable/join(to:options:)``,
/// once per table), and its columns are merged into the regions' extras, with one join report
/// per table. A column comes from the table that lists it (``ComponentTableInput/columns``), or
/// else from the main indicator table; a column listed twice, or found nowhere, is an error
/// naming what is available.
///
/// Regions are never dropped: a region without a row or a value in a table simply lacks those
/// columns; the index decides what that means (its missing policy).
public enum MultiTableJoin {
    /// A column needed, and what needs it (for messages: "component", "eligibility rule").
    public struct Need: Sendable, Hashable {
        public var column: String
        public var role: String
        public init(column: String, role: String) { self.column = column; self.role = role }
    }

    /// The regions of `base` (the main join, in layer order) with the `needs` columns added to
    /// their extras, and the join of each table that gave some.
    public static func join(_ needs: [Need], main: IndicatorInput, tables: [ComponentTableInput],
                            layer: [RegionKey], base: [JoinedRegion],
                            computed: [String] = []) throws -> (regions: [JoinedRegion], joins: [ComponentJoin]) {
        let mainHeader = try CSVReader(contentsOf: URL(fileURLWithPath: main.path), delimiter: main.columns.delimiter).header
        let mainKnown = Set(mainHeader)
        var listedBy: [String: [Int]] = [:]
        for (t, table) in tables.enumerated() { for column in table.columns { listedBy[column, default: []].append(t) } }
        for (column, owners) in listedBy.sorted(by: { $0.key < $1.key }) where Set(owners).count > 1 {
            throw IndexError.columnInTwoTables(column: column, tables: owners.map { tables[$0].path })
        }
        var fromMain: [String] = []
        var seen = Set<String>()
        for need in needs where seen.insert(need.column).inserted {
            if computed.contains(need.column) { continue }
            if listedBy[need.column] != nil { continue }
            if need.column == main.columns.value || mainKnown.contains(need.column) {
                fromMain.append(need.column)
                continue
            }
            let available = (mainHeader + tables.flatMap(\.columns) + computed).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            throw IndexError.unknownColumn(column: need.column, role: need.role, available: available)
        }
        var regions = base
        var joins: [ComponentJoin] = []
        if !fromMain.isEmpty {
            var columns = main.columns
            columns.extra = fromMain
            let joined = try joinTable(path: main.path, columns: columns, crosswalk: main.crosswalk, unmatched: main.unmatched, layer: layer)
            merge(joined, columns: fromMain, into: &regions)
        }
        for table in tables {
            let columns = IndicatorColumns(code: table.codeColumn, value: table.columns[0], extra: table.columns,
                                           filters: table.filters, valueMayBeNegative: true)
            let joined = try joinTable(path: table.path, columns: columns, crosswalk: table.crosswalk, unmatched: table.unmatched, layer: layer)
            merge(joined, columns: table.columns, into: &regions)
            var report = joined.report
            report.regionsWithMissingValue = joined.regions.filter { r in
                r.line != nil && table.columns.contains { r.extras[$0] == nil }
            }.map(\.code)
            joins.append(ComponentJoin(file: table.path, columns: table.columns, filters: table.filters, report: report))
        }
        return (regions, joins)
    }

    private static func joinTable(path: String, columns: IndicatorColumns, crosswalk: CrosswalkInput?, unmatched: UnmatchedPolicy,
                                  layer: [RegionKey]) throws -> JoinResult {
        let table = try IndicatorTable.load(contentsOf: URL(fileURLWithPath: path), columns: columns)
        let walk = try crosswalk.map { try Crosswalk.load(contentsOf: URL(fileURLWithPath: $0.path), from: $0.from, to: $0.to) }
        return try table.join(to: layer, options: JoinOptions(crosswalk: walk, missing: .skip, unmatched: unmatched))
    }

    private static func merge(_ joined: JoinResult, columns: [String], into regions: inout [JoinedRegion]) {
        for k in regions.indices {
            let extras = joined.regions[k].extras
            for column in columns { regions[k].extras[column] = extras[column] }
        }
    }
}
