import ArgumentParser

/// The `sasaran` command-line tool.
@main
struct SasaranCommand: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "sasaran",
        abstract: "Geographic targeting: rank districts by their share of the poor until a coverage target is reached.",
        discussion: """
        Sasaran loads district boundaries (shapefile or GeoJSON), joins poverty figures by district code, \
        ranks districts by their share of the national total until a coverage target is reached (75% by \
        default), and writes priority lists as tables, CSV, JSON, GeoJSON and reports.

        Examples:
          sasaran inspect districts.shp --code-field KODE_KMD
          sasaran locate --boundaries districts.shp --points households.csv --output located.csv
        """,
        version: version,
        subcommands: [RankCommand.self, InspectCommand.self, LocateCommand.self, MakeDefaultDatasetCommand.self,
                      RunCommand.self, CompareCommand.self, CurveCommand.self, UncertaintyCommand.self, SensitivityCommand.self, YearsCommand.self, BudgetCommand.self,
                      AdjacencyCommand.self, PocketsCommand.self, HotspotsCommand.self, AggregateCommand.self,
                      ConvergenceCommand.self])
}
