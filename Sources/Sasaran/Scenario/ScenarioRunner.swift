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
    /// What the index stage computed, when the scenario has one.
    public var index: IndexRun?
}

/// Runs scenarios: load boundaries, load and join the indicators, select, and describe the run.
public enum ScenarioRunner {
    /// The tool's version, written into manifests.
    public static let version = "0.1.0"

    /// Runs one scenario. `extraInputs` are further files to list in the manifest (the scenario
    /// file itself, for instance), by role.
    public static func run(_ scenario: Scenario, layer preloaded: RegionLayer? = nil,
                           extraInputs: [(role: String, path: String)] = []) throws -> RunResult {
        let layer = try preloaded ?? RegionLayer.load(scenario.boundaries.path, options: scenario.boundaries.options)
        let input = scenario.indicators
        let table = try IndicatorTable.load(contentsOf: URL(fileURLWithPath: input.path), columns: input.columns)
        let crosswalk = try input.crosswalk.map {
            try Crosswalk.load(contentsOf: URL(fileURLWithPath: $0.path), from: $0.from, to: $0.to)
        }
        var join = try table.join(to: layer.regionKeys,
                                  options: JoinOptions(crosswalk: crosswalk, missing: input.missing, unmatched: input.unmatched))
        var scenario = scenario
        let index = try scenario.index.map { try IndexStage.apply($0, to: &scenario, join: &join, layer: layer.regionKeys) }
        let selection = try Targeting.select(join.regions, request: scenario.request)
        var manifest = try makeManifest(scenario, layer: layer, join: join, extraInputs: extraInputs + (index?.inputs ?? []))
        index?.describe(in: &manifest)
        return RunResult(scenario: scenario, layer: layer, table: table, join: join, selection: selection, manifest: manifest, index: index)
    }

    static func makeManifest(_ scenario: Scenario, layer: RegionLayer, join: JoinResult,
                             extraInputs: [(role: String, path: String)]) throws -> RunManifest {
        let boundaryFiles = layer.source.sourceFiles.map { path -> (String, String) in
            let suffix = URL(fileURLWithPath: path).pathExtension.lowercased()
            return (layer.source.sourceFiles.count > 1 ? "boundaries .\(suffix)" : "boundaries", path)
        }
        var files: [(String, String)] = boundaryFiles + [("indicators", scenario.indicators.path)]
        if let crosswalk = scenario.indicators.crosswalk { files.append(("crosswalk", crosswalk.path)) }
        files += extraInputs.map { ($0.role, $0.path) }
        let inputs = try files.map { role, path -> RunManifest.Input in
            let digest = try FileDigest.sha256(of: path)
            return RunManifest.Input(role: role, path: path, sha256: digest.hex, bytes: digest.bytes)
        }
        let crs = layer.source.crs
        return RunManifest(
            tool: "sasaran", version: version, scenario: scenario.name, inputs: inputs,
            boundaryFormat: layer.source.format,
            crs: crs.name + (crs.code.map { " (\($0))" } ?? "") + (crs.transformed ? ", transformed to WGS 84" : ""),
            encoding: layer.source.encoding,
            parameters: parameters(scenario, layer: layer),
            warnings: layer.source.warnings + join.report.warnings)
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
