import Foundation
import SasaranIO
import Yams

/// Reads a scenario file (YAML). Paths are relative to the file's folder. Unknown keys are
/// errors (a typo must not silently change a run). Example:
///
/// ```yaml
/// name: 2021 design, then 75% nationally
/// boundaries: {path: districts.shp, code-field: KODE_KMD, name-field: NAMA, parent-field: KODE_PROV}
/// indicators:
///   path: bps_poverty_kabkota_2015_2025.csv
///   code-column: kode_kemendagri_2025
///   value: jumlah_miskin_ribu
///   where: {tahun: 2021}
/// phases:
///   - {name: 2021 design, count: 35, focus: ["32", "33", "35", "53", "81", "91", "92"],
///      max-per-parent: 5, only: [TIPE=Kabupaten]}
///   - {name: 75% nationally, target: 0.75}
/// ```
public enum ScenarioFile {
    /// Loads and checks a scenario file.
    public static func load(path: String) throws -> Scenario {
        let root = try readDocument(path: path)
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        return try parse(YAMLMap(root, file: path, key: nil), folder: folder)
    }

    /// The parsed YAML document of a scenario (or batch) file, within the size and value limits;
    /// errors name the file. Every reader of scenario-like files goes through here.
    static func readDocument(path: String) throws -> Any? {
        let text: String
        if let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue,
           size > Limits.maxScenarioBytes {
            throw ScenarioError(file: path, message: "file is too large: \(size) bytes, more than the limit of \(Limits.describe(bytes: Limits.maxScenarioBytes)) for a scenario file (see docs/limits.md)")
        }
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw ScenarioError(file: path, message: FileManager.default.fileExists(atPath: path) ? "cannot be read as UTF-8 text" : "no such file")
        }
        // The basic resolver keeps every scalar as text, so codes such as 32.10 keep their digits;
        // numbers and booleans are parsed where a key expects them.
        do { return try loadYAML(text, file: path) } catch let error as ScenarioError { throw error } catch {
            throw ScenarioError(file: path, message: "not valid YAML: \(error)")
        }
    }

    static func parse(_ root: YAMLMap, folder: URL) throws -> Scenario {
        try root.allow(["name", "boundaries", "indicators", "parents", "parent-names", "rank-by", "national-total", "phases",
                        IndexScenarioKeys.section, OptimiseScenarioKeys.section] + PhaseKeys.all)
        let boundaries = try root.map("boundaries")
        try boundaries.allow(["path", "code-field", "name-field", "parent-field", "parent-prefix", "trusted-geometry", "levels"])
        let parent: ParentRule = try boundaries.string("parent-field").map(ParentRule.field)
            ?? boundaries.int("parent-prefix").map(ParentRule.codePrefix) ?? .automatic
        let layer = BoundaryInput(path: resolve(try boundaries.requiredString("path"), folder),
                                  options: LayerOptions(codeField: try boundaries.string("code-field"),
                                                        nameField: try boundaries.string("name-field"), parent: parent,
                                                        repairInvalid: !(try boundaries.bool("trusted-geometry") ?? false)))
        let indicators = try root.map("indicators")
        try indicators.allow(["path", "code-column", "value", "population", "name-column", "extra", "where", "crosswalk", "missing", "unmatched"])
        let filters = try indicators.filters("where")
        let columns = IndicatorColumns(code: try indicators.requiredString("code-column"), value: try indicators.requiredString("value"),
                                       population: try indicators.string("population"), name: try indicators.string("name-column"),
                                       extra: try indicators.strings("extra") ?? [],
                                       filters: filters)
        var crosswalk: CrosswalkInput?
        if indicators.has("crosswalk") {
            let map = try indicators.map("crosswalk")
            try map.allow(["path", "from", "to"])
            crosswalk = CrosswalkInput(path: resolve(try map.requiredString("path"), folder),
                                       from: try map.requiredString("from"), to: try map.requiredString("to"))
        }
        let missing = try indicators.choice("missing", MissingPolicy.self) ?? .error
        let unmatched = try indicators.choice("unmatched", UnmatchedPolicy.self) ?? .error
        let phases: [Phase]
        if root.has("phases") {
            phases = try root.list("phases").enumerated().map { try PhaseKeys.phase($1, default: "phase \($0 + 1)") }
            if PhaseKeys.all.contains(where: root.has) {
                throw ScenarioError(file: root.file, message: "give the stop rule and constraints inside each phase, or without phases at the top level, not both")
            }
        } else {
            phases = [try PhaseKeys.phase(root, default: "")]
        }
        var parents: ParentsInput?
        if root.has("parents") {
            let map = try root.map("parents")
            try map.allow(["path", "code-column", "parent-column", "prefix"])
            parents = ParentsInput(path: resolve(try map.requiredString("path"), folder), codeColumn: try map.requiredString("code-column"),
                                   parentColumn: try map.requiredString("parent-column"), prefix: try map.int("prefix"))
        }
        var parentNames: ParentNamesInput?
        if root.has("parent-names") {
            let map = try root.map("parent-names")
            try map.allow(["path", "code-column", "name-column"])
            parentNames = ParentNamesInput(path: resolve(try map.requiredString("path"), folder), codeColumn: try map.string("code-column"),
                                           nameColumn: try map.string("name-column"))
        }
        let request = TargetingRequest(rankKey: try root.string("rank-by").map(RankKey.init(parsing:)) ?? .count,
                                       phases: phases, nationalTotal: try root.double("national-total"))
        var scenario = Scenario(name: try root.string("name") ?? URL(fileURLWithPath: root.file).deletingPathExtension().lastPathComponent,
                                boundaries: layer,
                                indicators: IndicatorInput(path: resolve(try indicators.requiredString("path"), folder), columns: columns,
                                                           crosswalk: crosswalk, missing: missing, unmatched: unmatched),
                                request: request, parents: parents, parentNames: parentNames)
        if let levels = try boundaries.string("levels") {
            do { scenario.hierarchy = try RegionHierarchy(parsing: levels) } catch let error as HierarchyError {
                throw ScenarioError(file: boundaries.file, key: boundaries.path("levels"), message: error.description)
            }
        }
        scenario.index = try IndexScenarioKeys.parse(root, folder: folder)
        scenario.optimisation = try OptimiseScenarioKeys.parse(root)
        return scenario
    }

    /// The document as Swift values (every scalar as text). Refused before Yams builds them when
    /// a mapping key is not text (a list or mapping as key: Yams would stop the process on it,
    /// found by fuzzing) or when aliases would expand it past ``Limits/maxScenarioValues``
    /// values: ten lines of nested `*alias` lists ("billion laughs") would otherwise take minutes
    /// and gigabytes to build.
    static func loadYAML(_ text: String, file: String) throws -> Any? {
        guard let node = try Yams.compose(yaml: text, .basic) else { return nil }
        var budget = Limits.maxScenarioValues
        func check(_ node: Node) throws {
            budget -= 1
            guard budget >= 0 else {
                throw ScenarioError(file: file, message: "more than \(Limits.maxScenarioValues) values once aliases are expanded, the limit for a scenario file (see docs/limits.md)")
            }
            switch node {
            case .scalar, .alias: return
            case let .mapping(mapping):
                for (key, value) in mapping {
                    guard case .scalar = key else {
                        throw ScenarioError(file: file, message: "line \(key.mark?.line ?? 0): a key must be text, not a list or a mapping")
                    }
                    try check(value)
                }
            case let .sequence(sequence): try sequence.forEach(check)
            }
        }
        try check(node)
        return node.any
    }

    static func resolve(_ path: String, _ folder: URL) -> String {
        path.hasPrefix("/") ? path : folder.appendingPathComponent(path).standardizedFileURL.path
    }
}

/// The keys of one phase (or of a one-phase scenario at the top level).
enum PhaseKeys {
    static let all = ["target", "count", "all", "focus", "max-per-parent", "min-per-parent", "lock-in", "lock-out",
                      "max-regions", "only", "max-per", "min-per"]

    /// A quota: one number for every parent (`max-per-parent: 5`), or a mapping of parent codes
    /// to numbers, each parent's own (`max-per-parent: {"32": 10, "35": 8}`), with `other` for
    /// the parents not named.
    static func quota(_ map: YAMLMap, _ name: String) throws -> (all: Int?, byParent: [String: Int]) {
        guard let mapping = map.values[name] as? [String: Any] else { return (try map.int(name), [:]) }
        let inner = try YAMLMap(mapping, file: map.file, key: map.path(name))
        var byParent: [String: Int] = [:]
        for parent in mapping.keys where parent != "other" {
            guard let n = try inner.int(parent) else { continue }
            byParent[parent] = n
        }
        return (try inner.int("other"), byParent)
    }

    static func phase(_ map: YAMLMap, default name: String) throws -> Phase {
        if map.key != nil { try map.allow(all + ["name", "rank-by"]) }
        let stops = ["target", "count", "all"].filter(map.has)
        guard stops.count <= 1 else {
            throw ScenarioError(file: map.file, key: map.key, message: "give one stop rule of target, count or all, not \(stops.joined(separator: " and "))")
        }
        let rule: StopRule
        if let target = try map.double("target") { rule = .coverage(target) }
        else if let count = try map.int("count") { rule = .count(count) }
        else if try map.bool("all") == true { rule = .constraintsOnly }
        else { rule = .default }
        let filters = try (map.strings("only") ?? []).map { text -> AttributeFilter in
            guard let filter = AttributeFilter(parsing: text) else {
                throw ScenarioError(file: map.file, key: map.path("only"), message: "\"\(text)\" is not FIELD=VALUE or FIELD!=VALUE")
            }
            return filter
        }
        let (maxAll, maxBy) = try quota(map, "max-per-parent")
        let (minAll, minBy) = try quota(map, "min-per-parent")
        var constraints = Constraints(focusParents: try map.strings("focus"), maxPerParent: maxAll,
                                      minPerParent: minAll, lockIn: try map.strings("lock-in") ?? [],
                                      lockOut: try map.strings("lock-out") ?? [], maxRegions: try map.int("max-regions"),
                                      attributeFilters: filters, maxByParent: maxBy, minByParent: minBy)
        var levelQuotas: [LevelQuota] = []
        for (key, bound) in [("max-per", LevelQuota.Bound.atMost), ("min-per", .atLeast)] {
            for text in try map.strings(key) ?? [] {
                do { levelQuotas.append(try LevelQuota(parsing: text, bound: bound, flag: key)) } catch let error as HierarchyError {
                    throw ScenarioError(file: map.file, key: map.path(key), message: error.description)
                }
            }
        }
        constraints.levelQuotas = levelQuotas
        let rankKey = map.key != nil ? try map.string("rank-by").map(RankKey.init(parsing:)) : nil
        return Phase(name: try map.string("name") ?? name, rule: rule, constraints: constraints, rankKey: rankKey)
    }
}
