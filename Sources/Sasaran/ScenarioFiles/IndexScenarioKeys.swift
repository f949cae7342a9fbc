import Foundation

/// The `index` section of a scenario file (``ScenarioFile``): the composite, the eligibility
/// rule, the classes and the further tables. Example (`scenarios/composite-2023.yaml`):
///
/// ```yaml
/// index:
///   components: ["p0_persen:0.4", "jumlah_miskin_ribu:0.4", "-ipm:0.2"]   # in order
///   normalise: z                       # z (default), minmax or rank
///   method: weighted                   # weighted (default) or pca (names without weights)
///   # or Alkire–Foster: deprivations: ["p0_persen>=15", "ipm<65"], k: 2
///   eligible: "p0_persen >= 10 or ipm < 65"
///   classes: 5
///   class-method: quantile             # quantile (default), equal or dh
///   tables:
///     - path: ../shared/data/idn/indicators/bps_ipm_kabkota_2020_2024.csv
///       code-column: kode_kemendagri_2025
///       columns: [ipm]
///       where: {tahun: 2023}
///       # crosswalk: {path: …, from: …, to: …}; unmatched: error | warn
/// ```
enum IndexScenarioKeys {
    static let section = "index"

    /// The specification in `root`'s `index` section, or `nil` without one. Paths are resolved
    /// against `folder`.
    static func parse(_ root: YAMLMap, folder: URL) throws -> IndexSpecification? {
        guard root.has(section) else { return nil }
        let map = try root.map(section)
        try map.allow(["components", "method", "normalise", "deprivations", "k", "eligible", "classes", "class-method", "tables"])
        func wrap<T>(_ key: String, _ body: () throws -> T) throws -> T {
            do { return try body() } catch let error as IndexError {
                throw ScenarioError(file: map.file, key: map.path(key), message: error.description)
            } catch let error as ExpressionError {
                throw ScenarioError(file: map.file, key: map.path(key), message: error.description)
            }
        }
        let method = try map.string("method") ?? "weighted"
        guard ["weighted", "pca"].contains(method) else {
            throw ScenarioError(file: map.file, key: map.path("method"), message: "\"\(method)\" is not one of weighted, pca")
        }
        var composite: IndexSpecification.Composite?
        if let components = try map.strings("components") {
            let list = try wrap("components") { try IndexComponent.parseList(components.joined(separator: ","), weights: method == "weighted") }
            composite = method == "pca" ? .pca(list) : .weighted(list)
        }
        if let deprivations = try map.strings("deprivations") {
            guard composite == nil else {
                throw ScenarioError(file: map.file, key: map.path("deprivations"), message: "give components or deprivations, not both")
            }
            let list = try wrap("deprivations") { try AlkireFoster.parseDeprivations(deprivations.joined(separator: ",")) }
            composite = .alkireFoster(list, k: try map.int("k") ?? list.count)
        } else if map.has("k") {
            throw ScenarioError(file: map.file, key: map.path("k"), message: "k is the Alkire–Foster cutoff: give deprivations too")
        }
        let normalise = try map.choice("normalise", Normalisation.self) ?? .z
        let rule = try map.string("eligible").map { text in try wrap("eligible") { try IndexSpecification.Rule(text) } }
        var classes: (count: Int, method: ClassMethod)?
        if let count = try map.int("classes") {
            classes = (count, try map.choice("class-method", ClassMethod.self) ?? .quantile)
        }
        var tables: [ComponentTableInput] = []
        if map.has("tables") {
            for table in try map.list("tables") {
                try table.allow(["path", "code-column", "columns", "where", "crosswalk", "unmatched"])
                var crosswalk: CrosswalkInput?
                if table.has("crosswalk") {
                    let walk = try table.map("crosswalk")
                    try walk.allow(["path", "from", "to"])
                    crosswalk = CrosswalkInput(path: ScenarioFile.resolve(try walk.requiredString("path"), folder),
                                               from: try walk.requiredString("from"), to: try walk.requiredString("to"))
                }
                guard let columns = try table.strings("columns"), !columns.isEmpty else {
                    throw ScenarioError(file: table.file, key: table.path("columns"), message: "missing: name the columns to take from the table")
                }
                tables.append(ComponentTableInput(path: ScenarioFile.resolve(try table.requiredString("path"), folder),
                                                  codeColumn: try table.requiredString("code-column"), columns: columns,
                                                  filters: try table.filters("where"), crosswalk: crosswalk,
                                                  unmatched: try table.choice("unmatched", UnmatchedPolicy.self) ?? .error))
            }
        }
        return try wrap("components") {
            try IndexSpecification(composite: composite, normalisation: normalise, eligibility: rule, classes: classes, tables: tables)
        }
    }
}
