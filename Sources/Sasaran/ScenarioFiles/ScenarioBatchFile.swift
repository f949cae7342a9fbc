import Foundation

/// Reads a batch file (YAML): a `base` scenario written as in a scenario file
/// (``ScenarioFile``), optional named `scenarios` that override some of its keys
/// (``YAMLOverride``), and an optional `grid` (``ScenarioGrid``) applied to the base or, when
/// both are given, to every named scenario. Names must be unique. Example:
///
/// ```yaml
/// name: BPS targets by year and key
/// base:
///   boundaries: {path: kabkota_2025.shp, code-field: KODE_KMD, name-field: NAMA, parent-field: KODE_PROV}
///   indicators: {path: poverty.csv, code-column: kode_kemendagri_2025, value: jumlah_miskin_ribu,
///                population: penduduk_implied_ribu, where: {tahun: 2025}}
///   target: 0.75
/// scenarios:
///   - {name: 2021 at 75%, indicators: {where: {tahun: 2021}}}
///   - {name: 2023 at 75%, indicators: {where: {tahun: 2023}}}
/// grid:
///   where: {tahun: [2019, 2020, 2021, 2022, 2023, 2024, 2025]}
///   rank-by: [count, rate]
///   target: [0.2, 0.5, 0.75, 0.9]
/// ```
public enum ScenarioBatchFile {
    /// Loads a batch file and expands it into named scenarios.
    public static func load(path: String) throws -> ScenarioBatch {
        let map = try YAMLMap(ScenarioFile.readDocument(path: path), file: path, key: nil)
        try map.allow(["name", "base", "scenarios", "grid"])
        let base = try map.map("base").values
        var named: [(name: String?, values: [String: Any])] = [(nil, base)]
        if map.has("scenarios") {
            named = try map.list("scenarios").map { item in
                (try item.requiredString("name"), YAMLOverride.apply(item.values, to: base))
            }
        }
        let grid = map.has("grid") ? try ScenarioGrid(try map.map("grid")).cells : [ScenarioGrid.Cell(parts: [], override: [:])]
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        var scenarios: [Scenario] = []
        var seen = Set<String>()
        for (name, values) in named {
            for cell in grid {
                let gridName = cell.parts.joined(separator: " ")
                let label = [name, gridName.isEmpty ? nil : gridName].compactMap { $0 }.joined(separator: " / ")
                var merged = YAMLOverride.apply(cell.override, to: values)
                if !label.isEmpty { merged["name"] = label }
                let scenario: Scenario
                do { scenario = try ScenarioFile.parse(YAMLMap(merged, file: path, key: nil), folder: folder) } catch let error as ScenarioError {
                    throw ScenarioError(file: path, key: error.key, message: (label.isEmpty ? "" : "scenario \"\(label)\": ") + error.message)
                }
                guard seen.insert(scenario.name).inserted else {
                    throw ScenarioError(file: path, key: "scenarios", message: "two scenarios are named \"\(scenario.name)\"")
                }
                scenarios.append(scenario)
            }
        }
        let batchName = try map.string("name") ?? URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return ScenarioBatch(name: batchName, file: path, scenarios: scenarios)
    }
}
