import Foundation

/// Reads a scenario file that also holds a `programmes:` section, for `sasaran convergence`:
/// everything else is read by ``ScenarioFile`` (with its checks), the section here. Paths are
/// relative to the file; unknown keys are errors.
///
/// ```yaml
/// programmes:
///   path: programmes-2023.csv
///   layout: long                 # or wide: one column per programme
///   programme-column: programme  # long only
///   amount-column: amount        # long only
///   columns: [PKH, BPNT]         # wide only; default: every column but code and year
///   code-column: kode
///   year-column: tahun
///   year: 2023
///   unit: IDR million
///   min-programmes: 2
///   core: [PKH, BPNT]
/// ```
public enum ConvergenceScenarioFile {
    /// The scenario and, when the file has a `programmes:` section, the programme input.
    public static func load(path: String) throws -> (scenario: Scenario, programmes: ProgrammeInput?) {
        guard var root = try ScenarioFile.readDocument(path: path) as? [String: Any], root["programmes"] != nil else {
            return (try ScenarioFile.load(path: path), nil)
        }
        let section = try YAMLMap(root.removeValue(forKey: "programmes"), file: path, key: "programmes")
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        let scenario = try ScenarioFile.parse(YAMLMap(root, file: path, key: nil), folder: folder)
        return (scenario, try programmes(section, folder: folder))
    }

    static func programmes(_ map: YAMLMap, folder: URL) throws -> ProgrammeInput {
        try map.allow(["path", "layout", "programme-column", "amount-column", "columns", "code-column", "year-column", "year",
                       "unit", "min-programmes", "core"])
        let layout: ProgrammeColumns.Layout
        switch try map.string("layout") ?? "long" {
        case "long":
            if map.has("columns") { throw ScenarioError(file: map.file, key: map.path("columns"), message: "only for layout: wide") }
            layout = .long(programme: try map.string("programme-column") ?? "programme", amount: try map.string("amount-column") ?? "amount")
        case "wide":
            for key in ["programme-column", "amount-column"] where map.has(key) {
                throw ScenarioError(file: map.file, key: map.path(key), message: "only for layout: long")
            }
            layout = .wide(programmes: try map.strings("columns"))
        case let other:
            throw ScenarioError(file: map.file, key: map.path("layout"), message: "\"\(other)\" is not one of long, wide")
        }
        let minimum = try map.int("min-programmes") ?? 1
        guard minimum >= 0 else { throw ScenarioError(file: map.file, key: map.path("min-programmes"), message: "must be 0 or more") }
        let relative = try map.requiredString("path")
        let columns = ProgrammeColumns(layout: layout, code: try map.string("code-column") ?? "code",
                                       year: try map.string("year-column"), yearFilter: try map.string("year"))
        return ProgrammeInput(path: relative.hasPrefix("/") ? relative : folder.appendingPathComponent(relative).standardizedFileURL.path,
                              columns: columns, unit: try map.string("unit") ?? "",
                              options: ConvergenceOptions(minProgrammes: minimum, core: try map.strings("core")))
    }
}
