import ArgumentParser
import Sasaran

/// The inputs of a ranking (a scenario file, or boundaries + indicators + rule flags), for the
/// commands that analyse a selection (pockets, hotspots).
struct SelectionInputOptions: ParsableArguments {
    @Option(help: "Scenario file (YAML) describing inputs, rule and phases; replaces the input and rule flags.")
    var scenario: String?

    @Option(help: "Boundary file (.shp or .geojson).")
    var boundaries: String?

    @OptionGroup var layerOptions: LayerOptionGroup
    @OptionGroup var indicatorOptions: IndicatorOptionGroup
    @OptionGroup var targetingOptions: TargetingOptionGroup

    /// Runs the ranking these options describe.
    func run() throws -> RunResult {
        let made: Scenario
        if let path = scenario {
            if boundaries != nil || indicatorOptions.indicators != nil || targetingOptions.hasRuleFlags {
                throw ValidationError("--scenario describes the inputs and the rule; do not combine it with --boundaries, --indicators or rule flags")
            }
            made = try ScenarioFile.load(path: path)
        } else {
            guard let boundaries else { throw ValidationError("give --boundaries PATH (or --scenario FILE)") }
            let input = try indicatorOptions.input()
            let filters = input.columns.filters.map(\.description).joined(separator: " ")
            made = Scenario(name: filters.isEmpty ? input.columns.value : "\(input.columns.value) \(filters)",
                            boundaries: BoundaryInput(path: boundaries, options: layerOptions.options),
                            indicators: input, request: try targetingOptions.request())
        }
        let result = try ScenarioRunner.run(made, extraInputs: scenario.map { [("scenario", $0)] } ?? [])
        for warning in result.manifest.warnings { Terminal.warn(warning) }
        return result
    }
}
