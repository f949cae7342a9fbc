import ArgumentParser
import Foundation
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
                                                         UncertaintyCommand.self, SensitivityCommand.self, YearsCommand.self,
                                                         HouseholdsCommand.self]),
            CommandGroup(name: "Spatial", subcommands: [AdjacencyCommand.self, PocketsCommand.self, HotspotsCommand.self]),
            CommandGroup(name: "Data", subcommands: [InspectCommand.self, LocateCommand.self, AggregateCommand.self]),
        ])

    /// Runs the command. Errors are printed as ArgumentParser words them, but made inert and
    /// capped first (``TerminalText/message(_:)``): a code or a line quoted from a file reaches
    /// the terminal as visible text, never as an escape sequence or a megabyte of YAML.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let status = exitCode(for: error)
            if status == .success { exit(withError: error) }    // help and version, on standard output
            let message = fullMessage(for: error)
            if !message.isEmpty { Terminal.note(message) }
            Foundation.exit(status.rawValue)
        }
    }
}
