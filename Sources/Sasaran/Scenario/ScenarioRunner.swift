import Foundation
import SasaranIO

/// Everything a run produced: the layer, the join and its report, the selection and the manifest.
public struct RunResult: @unchecked Sendable {
    public var scenario: Scenario
    public var layer: RegionLayer
    public var table: IndicatorTable
    public var join: JoinResult
    public var selection: Selection
    public var manifest: RunManifest
    /// What the run decided by itself and says so (the code field it picked), for standard error.
    public var notes: [String] = []
    /// What the index stage computed, when the scenario has one.
    public var index: IndexRun?
    /// The exact selection, when the scenario optimises (``selection`` is then its list).
    public var optimisation: OptimisationOutcome?

    /// Every input file of the run, guarded against being overwritten by its outputs: the files
    /// the manifest lists, and every sidecar of the boundary file (read or not).
    public var inputFiles: [OutputTransaction.Input] {
        OutputTransaction.Input.boundary(scenario.boundaries.path) + manifest.guardedInputs
    }

    /// The unconstrained ranking by `key`: the selection's own when it ranks by `key`, else
    /// built from the joined regions.
    public func ranking(by key: RankKey) -> Ranking {
        key == selection.rankKey ? selection.ranking : Ranking(join.regions, key: key, total: selection.total)
    }
}

/// Runs scenarios: load boundaries, load and join the indicators, select, and describe the run.
public enum ScenarioRunner {
    /// The tool's version, written into manifests.
    public static let version = "0.1.0"

    /// Runs one scenario in a workspace of its own (``Workspace/run(_:extraInputs:)``); a
    /// `preloaded` layer is used for the scenario's boundaries.
    public static func run(_ scenario: Scenario, layer preloaded: RegionLayer? = nil,
                           extraInputs: [(role: String, path: String)] = []) throws -> RunResult {
        let workspace = preloaded.map { Workspace(layer: $0, for: scenario.boundaries) } ?? Workspace()
        return try workspace.run(scenario, extraInputs: extraInputs)
    }

    static func makeManifest(_ scenario: Scenario, layer: RegionLayer, join: JoinResult,
                             extraInputs: [(role: String, path: String)]) throws -> RunManifest {
        let boundaryFiles = layer.source.sourceFiles.map { path -> (String, String) in
            let suffix = URL(fileURLWithPath: path).pathExtension.lowercased()
            return (layer.source.sourceFiles.count > 1 ? "boundaries .\(suffix)" : "boundaries", path)
        }
        // A source that is not a file (PG:…) is listed by its connection, without the password.
        var files: [(String, String)] = (boundaryFiles.isEmpty ? [("boundaries", layer.source.path)] : boundaryFiles)
            + [("indicators", scenario.indicators.path)]
        if let crosswalk = scenario.indicators.crosswalk { files.append(("crosswalk", crosswalk.path)) }
        if let parents = scenario.parents { files.append(("parents", parents.path)) }
        if let names = scenario.parentNames { files.append(("parent names", names.path)) }
        files += extraInputs.map { ($0.role, $0.path) }
        let inputs = try files.map { try RunManifest.Input.of(role: $0.0, path: $0.1) }
        return RunManifest(
            tool: "sasaran", version: version, scenario: scenario.name, inputs: inputs,
            boundaryFormat: layer.source.format,
            crs: crsText(layer),
            encoding: layer.source.encoding,
            parameters: parameters(scenario, layer: layer),
            warnings: layer.source.warnings + join.report.warnings)
    }

    /// The layer's CRS as the manifest states it.
    static func crsText(_ layer: RegionLayer) -> String {
        let crs = layer.source.crs
        return crs.name + (crs.code.map { " (\($0))" } ?? "") + (crs.transformed ? ", transformed to WGS 84" : "")
    }

    /// The run's parameters as flat text, for the manifest.
    static func parameters(_ scenario: Scenario, layer: RegionLayer) -> [String: String] {
        let columns = scenario.indicators.columns
        var parameters: [String: String] = [
            "codeField": layer.codeField,
            "nameField": layer.nameField ?? "",
            "codeColumn": columns.code,
            "value": columns.value,
            "where": columns.filters.map(\.description).joined(separator: " "),
            "rankBy": scenario.request.rankKey.description,
            "missing": scenario.indicators.missing.rawValue,
            "unmatched": scenario.indicators.unmatched.rawValue,
        ]
        if let population = columns.population { parameters["population"] = population }
        parameters.merge(layer.manifestParameters) { ours, _ in ours }
        if let parents = scenario.parents {
            parameters["parents"] = "\(parents.parentColumn)" + (parents.prefix.map { " (first \($0) characters)" } ?? "") + " by \(parents.codeColumn)"
        }
        if let total = scenario.request.nationalTotal { parameters["nationalTotal"] = String(total) }
        for (index, phase) in scenario.request.phases.enumerated() {
            let prefix = scenario.request.phases.count > 1 ? "phase\(index + 1)." : ""
            if !phase.name.isEmpty { parameters[prefix + "name"] = phase.name }
            parameters[prefix + "stop"] = phase.rule.description
            if let key = phase.rankKey { parameters[prefix + "rankBy"] = key.description }
            let summary = phase.constraints.summary
            if !summary.isEmpty { parameters[prefix + "constraints"] = summary }
        }
        return parameters
    }
}

extension RegionLayer {
    /// The regions as the join and the ranking see them: code, name, parent and attributes.
    public var regionKeys: [RegionKey] {
        regions.map { RegionKey(code: $0.code, name: $0.name, parent: $0.parent, attributes: $0.attributes) }
    }
}
