import ArgumentParser
import Sasaran

/// The `sasaran` command-line tool: it parses arguments and calls the engine.
@main
struct SasaranCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sasaran",
        abstract: "Geographic targeting: rank districts by their share of the poor until a coverage target is reached.",
        discussion: """
        Sasaran loads district boundaries (shapefile or GeoJSON), joins poverty figures by district code, \
        ranks districts by their share of the national total until a coverage target is reached (75% by \
        default), and writes priority lists as tables, CSV, JSON, GeoJSON and reports.

        \(Outcome.exitStatuses)

        Examples:
          sasaran rank --scenario scenarios/default-2025.yaml
          sasaran inspect districts.shp --code-field KODE_KMD
          sasaran locate --boundaries districts.shp --points points.csv \\
            --output located.csv
        """,
        version: ScenarioRunner.version,
        groupedSubcommands: [
            CommandGroup(name: "Planning", subcommands: [RankCommand.self, BudgetCommand.self, ConvergenceCommand.self, ServeCommand.self]),
            CommandGroup(name: "Research", subcommands: [RunCommand.self, CompareCommand.self, CurveCommand.self,
                                                         UncertaintyCommand.self, SensitivityCommand.self, YearsCommand.self]),
            CommandGroup(name: "Spatial", subcommands: [AdjacencyCommand.self, PocketsCommand.self, HotspotsCommand.self]),
            CommandGroup(name: "Data", subcommands: [InspectCommand.self, LocateCommand.self, AggregateCommand.self]),
        ])
}
