import ArgumentParser
import Foundation
import Sasaran
import SasaranReport

/// `sasaran-default-dataset`: regenerates the embedded default in `Shapefiles/` from the shared
/// data, for maintainers. Its own executable, so the builder does not ship in every user's library.
@main
struct MakeDefaultDatasetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sasaran-default-dataset",
        abstract: "Regenerate the schematic Indonesian district layer and the BPS poverty copy in Shapefiles/.",
        discussion: """
        Reads district codes, names, centroids, areas and populations from <data>/idn/codes and the BPS \
        poverty table from <data>/idn/poverty, builds schematic boundaries (Voronoi cells around the \
        centroids, clipped to a land mask of discs sized by the registered areas) with GEOS, and writes \
        idn_kabkota_schematic.{shp,shx,dbf,prj,cpg} and bps_poverty_kabkota_2015_2025.csv. The same data \
        and GEOS version give byte-identical files. Real boundary geometry is not read.

        Example:
          swift run sasaran-default-dataset --data ../shared/data --output Shapefiles
        """)

    @Option(help: "The shared data folder (holding idn/codes and idn/poverty).")
    var data: String

    @Option(help: "The folder to write to (created if missing).")
    var output: String = "Shapefiles"

    func run() throws {
        let start = Date()
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        let result = try DefaultDataset.make(data: URL(fileURLWithPath: data), output: URL(fileURLWithPath: output))
        let seconds = Date().timeIntervalSince(start)
        let ratios = result.cells.map { $0.areaKm2 / $0.district.sizingAreaKm2 }.sorted()
        let quantile = { (q: Double) in ratios[min(ratios.count - 1, Int(q * Double(ratios.count - 1)))] }
        let withinThree = ratios.filter { $0 >= 1.0 / 3 && $0 <= 3 }.count
        let total = result.cells.reduce(0) { $0 + $1.areaKm2 }
        var lines = [
            "Cells      \(result.cells.count) (\(result.cells.filter { $0.geometry.geometryCount > 1 }.count) in several parts), " +
                "\(NumberText.grouped(Double(result.cells.reduce(0) { $0 + $1.geometry.vertexCount }))) vertices",
            "Area       \(NumberText.grouped(total)) km² of cells, \(NumberText.grouped(result.targetAreaKm2)) km² registered " +
                "(radius scale \(String(format: "%.4f", result.radiusScale)))",
            "Cell/registered area  min \(String(format: "%.2f", ratios[0])), p10 \(String(format: "%.2f", quantile(0.1))), " +
                "median \(String(format: "%.2f", quantile(0.5))), p90 \(String(format: "%.2f", quantile(0.9))), " +
                "max \(String(format: "%.2f", ratios[ratios.count - 1])); \(withinThree) of \(ratios.count) within a factor of 3",
        ]
        if !result.separatedSites.isEmpty { lines.append("Separated  \(result.separatedSites.joined(separator: ", "))") }
        if !result.fallbackCells.isEmpty { lines.append("Fallback   \(result.fallbackCells.joined(separator: ", "))") }
        for name in DefaultDataset.fileNames {
            let path = URL(fileURLWithPath: output).appendingPathComponent(name).path
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            lines.append("Wrote      \(path) (\(NumberText.grouped(Double(size))) bytes)")
        }
        lines.append("Time       \(String(format: "%.1f", seconds)) s")
        print(lines.joined(separator: "\n"))
    }
}
