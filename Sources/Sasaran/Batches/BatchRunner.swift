import Foundation
import SasaranGeo

/// Runs every scenario of a batch on all cores. Each distinct boundary file (path and field
/// options) is loaded once and shared by the runs that use it (``ScenarioRunner/run(_:layer:extraInputs:)``);
/// each run reads its own indicator rows through its filters. Results are in batch order.
public enum BatchRunner {
    public static func run(_ batch: ScenarioBatch) throws -> [RunResult] {
        var layers: [String: RegionLayer] = [:]
        for scenario in batch.scenarios {
            let key = layerKey(scenario.boundaries)
            if layers[key] == nil {
                layers[key] = try RegionLayer.load(scenario.boundaries.path, options: scenario.boundaries.options)
            }
        }
        let extra = batch.file.map { [(role: "scenario", path: $0)] } ?? []
        return try concurrentMap(batch.scenarios.count) { k in
            let scenario = batch.scenarios[k]
            return try ScenarioRunner.run(scenario, layer: layers[layerKey(scenario.boundaries)], extraInputs: extra)
        }
    }

    private static func layerKey(_ input: BoundaryInput) -> String {
        "\(input.path)\u{1F}\(input.options)"
    }
}
