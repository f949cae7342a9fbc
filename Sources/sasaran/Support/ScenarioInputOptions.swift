import ArgumentParser
import Sasaran
import SasaranReport

/// The inputs and rule of one run, as `sasaran rank` takes them: a scenario file, or the
/// boundary, indicator and targeting flags (the shared option groups). Every command that ranks
/// takes these.
struct ScenarioInputOptions: ParsableArguments {
    @Option(help: "Scenario file (YAML) describing inputs, rule and phases; replaces the input and rule flags.")
    var scenario: String?

    @Option(help: "Boundary file (.shp or .geojson).")
    var boundaries: String?

    @OptionGroup var layerOptions: LayerOptionGroup
    @OptionGroup var indicatorOptions: IndicatorOptionGroup
    @OptionGroup var targetingOptions: TargetingOptionGroup
    @OptionGroup var parentOptions: ParentOptionGroup
    @OptionGroup var indexOptions: IndexOptionGroup

    /// The scenario, with `extraColumns` (standard errors, …) added to the indicator columns.
    func makeScenario(extraColumns: [String] = []) throws -> Scenario {
        var scenario: Scenario
        if let path = self.scenario {
            try requireScenarioAlone()
            scenario = try ScenarioFile.load(path: path)
        } else {
            guard let boundaries else { throw ValidationError("give --boundaries PATH (or --scenario FILE)") }
            let input = try indicatorOptions.input()
            let filters = input.columns.filters.map(\.description).joined(separator: " ")
            scenario = Scenario(name: filters.isEmpty ? input.columns.value : "\(input.columns.value) \(filters)",
                                boundaries: BoundaryInput(path: boundaries, options: layerOptions.options),
                                indicators: input, request: try targetingOptions.request(),
                                parents: parentOptions.parents, parentNames: parentOptions.names)
            scenario.hierarchy = try parentOptions.hierarchy()
        }
        try indexOptions.attach(to: &scenario, fromFile: self.scenario != nil)
        for column in extraColumns where !scenario.indicators.columns.extra.contains(column) {
            scenario.indicators.columns.extra.append(column)
        }
        return scenario
    }

    /// A scenario file describes the inputs and the rule: no input or rule flag goes with it.
    func requireScenarioAlone() throws {
        if boundaries != nil || indicatorOptions.indicators != nil || targetingOptions.hasRuleFlags || !parentOptions.isEmpty {
            throw ValidationError("--scenario describes the inputs and the rule; do not combine it with --boundaries, --indicators, parent or rule flags")
        }
    }

    /// Runs the scenario, listing the scenario file in the manifest and showing warnings.
    func run(extraColumns: [String] = [], adjust: (inout Scenario) throws -> Void = { _ in }) throws -> RunResult {
        var made = try makeScenario(extraColumns: extraColumns)
        try adjust(&made)
        let result = try ScenarioRunner.run(made,
                                            extraInputs: scenario.map { [("scenario", $0)] } ?? [])
        for note in result.notes { Terminal.note("note: \(note)") }
        for warning in result.manifest.warnings { Terminal.warn(warning) }
        return result
    }
}

extension ReplicateDistribution: ExpressibleByArgument {}
