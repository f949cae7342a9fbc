/// Many named scenarios run together (``BatchRunner``), read from a batch file
/// (``ScenarioBatchFile``): a base scenario, named scenarios that override some of its keys, and
/// a grid of targets × values of a `where` column × rank keys × named constraint sets.
public struct ScenarioBatch: Sendable {
    /// A label for the batch.
    public var name: String
    /// The batch file, listed in every run's manifest.
    public var file: String?
    /// The scenarios, in file order (named scenarios first, each expanded by the grid).
    public var scenarios: [Scenario]

    public init(name: String, file: String? = nil, scenarios: [Scenario]) {
        self.name = name; self.file = file; self.scenarios = scenarios
    }

    /// The scenario called `name`, or an error listing the names there are.
    public func scenario(named name: String) throws -> Scenario {
        guard let scenario = scenarios.first(where: { $0.name == name }) else {
            throw ScenarioError(file: file ?? name, message: "no scenario named \"\(name)\"; the batch holds: \(offenderList(scenarios.map(\.name)))")
        }
        return scenario
    }
}
