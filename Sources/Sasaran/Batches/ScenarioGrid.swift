/// The `grid` of a batch file: every combination of coverage targets, values of `where`
/// columns, rank keys and named constraint sets. Each dimension is optional; the combinations
/// are ordered with the first dimension (where, then rank-by, then target, then constraints)
/// varying slowest, and each is named by its parts: `tahun=2021 count target 0.75`.
///
/// ```yaml
/// grid:
///   where: {tahun: [2019, 2020, 2021]}
///   rank-by: [count, rate]
///   target: [0.5, 0.75]
///   constraints:
///     - {name: unconstrained}
///     - {name: max 5 per province, max-per-parent: 5}
/// ```
struct ScenarioGrid {
    /// The most scenarios one grid may expand to (docs/limits.md): a research grid has tens to
    /// hundreds; a kilobyte of YAML could otherwise ask for millions.
    static let maximumScenarios = 10_000

    /// One combination: its name parts and the override it makes.
    struct Cell {
        var parts: [String]
        var override: [String: Any]
    }

    let cells: [Cell]

    init(_ map: YAMLMap) throws {
        try map.allow(["where", "rank-by", "target", "constraints"])
        var dimensions: [[Cell]] = []
        if map.has("where") {
            let columns = try YAMLMap(map.values["where"], file: map.file, key: map.path("where"))
            for column in columns.values.keys.sorted() {
                guard let values = try columns.strings(column), !values.isEmpty else {
                    throw ScenarioError(file: map.file, key: columns.path(column), message: "expected a non-empty list of values")
                }
                dimensions.append(values.map { Cell(parts: ["\(column)=\($0)"], override: ["indicators": ["where": [column: $0]]]) })
            }
        }
        if let keys = try map.strings("rank-by") {
            dimensions.append(keys.map { Cell(parts: [$0], override: ["rank-by": $0]) })
        }
        if let targets = try map.strings("target") {
            for text in targets where Double(text) == nil {
                throw ScenarioError(file: map.file, key: map.path("target"), message: "\"\(text)\" is not a number")
            }
            dimensions.append(targets.map { Cell(parts: ["target \($0)"], override: ["target": $0]) })
        }
        if map.has("constraints") {
            dimensions.append(try map.list("constraints").map { set in
                try set.allow(PhaseKeys.all.filter { !YAMLOverride.stopRules.contains($0) } + ["name"])
                var override = set.values
                override["name"] = nil
                return Cell(parts: [try set.requiredString("name")], override: override)
            })
        }
        let sizes = dimensions.map(\.count)
        let product = sizes.reduce(1.0) { $0 * Double($1) }
        if product > Double(Self.maximumScenarios) {
            throw ScenarioError(file: map.file, key: map.key ?? "grid", message: "the grid expands to \(sizes.map(String.init).joined(separator: " × ")) = \(NumberText.grouped(product)) scenarios, more than the limit of \(NumberText.grouped(Self.maximumScenarios)) (see docs/limits.md); split it into several batch files or shorten its lists")
        }
        var cells = [Cell(parts: [], override: [:])]
        for dimension in dimensions {
            cells = cells.flatMap { cell in
                dimension.map { Cell(parts: cell.parts + $0.parts, override: YAMLOverride.apply($0.override, to: cell.override)) }
            }
        }
        self.cells = cells
    }
}
