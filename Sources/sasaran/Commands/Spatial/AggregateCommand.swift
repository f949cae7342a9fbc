import ArgumentParser
import Foundation
import Sasaran
import SasaranIO
import SasaranReport

/// `sasaran aggregate`: points counted per region, as an indicator table.
struct AggregateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "aggregate",
        abstract: "Count points (or sum their weights) per region into an indicator table the ranking reads.",
        discussion: """
        Points come from a CSV with a header (id,lon,lat[,weight]) or a binary file (.bin: little-endian \
        float64 lon,lat pairs, no header). Both stream in blocks located on all cores, so memory does not \
        grow with the number of points. Writes code,count[,weight]: every code of the layer, ascending, \
        zeros included; rank it with --code-column code --value count (or weight).

        A point inside several regions (overlapping boundaries) counts once, for the smallest region by \
        geodesic area (ties by code); a point on a shared border counts for exactly one region; points \
        outside every region are reported, not written.

        Example:
          sasaran aggregate --boundaries kabkota_2025.shp --code-field KODE_KMD \\
            --points households.csv --weight --output counts.csv
        """)

    @Option(help: "Boundary file (.shp or .geojson).")
    var boundaries: String

    @OptionGroup var layerOptions: LayerOptionGroup

    @Option(help: "Points: CSV (id,lon,lat[,weight]) or .bin (float64 lon,lat pairs, little-endian).")
    var points: String

    @Flag(help: "Also sum the CSV's weight column (named weight, w or count) per region.")
    var weight = false

    @OptionGroup var outputs: OutputOptions

    @Flag(help: "Print the seconds spent loading and aggregating, on standard error.")
    var timings = false

    func run() throws {
        let start = Date()
        let layer = try RegionLayer.load(boundaries, options: layerOptions.options)
        for warning in layer.source.warnings { Terminal.warn(warning) }
        _ = try layer.locator()
        let loaded = Date()
        let progress: (Int) -> Void = { Terminal.progress("aggregated \(NumberText.grouped(Double($0))) points") }
        let tally: PointTally
        if points.lowercased().hasSuffix(".bin") {
            if weight { throw ValidationError("--weight needs a CSV with a weight column; a .bin file holds lon,lat only") }
            tally = try layer.tally(binary: BinaryPointStream(path: points), progress: progress)
        } else {
            tally = try layer.tally(stream: PointCSVStream(path: points), weighted: weight, progress: progress)
        }
        Terminal.endProgress()
        let manifest = try RunManifest.of(command: "aggregate", inputs: [("boundaries", boundaries), ("points", points)], layer: layer)
        let written = try outputs.write(OutputDocument(formats: [.csv], manifest: manifest) { _ in TallyEmitter.render(tally, layer: layer) },
                                        inputs: OutputTransaction.Input.boundary(boundaries) + manifest.guardedInputs)
        let done = Date()
        Terminal.note("\(NumberText.grouped(Double(tally.points))) points: \(NumberText.grouped(Double(tally.points - tally.outside))) in a region "
            + "(\(NumberText.grouped(Double(tally.inSeveral))) in several, counted once), \(NumberText.grouped(Double(tally.outside))) outside"
            + (written.files.isEmpty ? "" : "; written to \(written.files.joined(separator: ", "))"))
        if timings {
            Terminal.note(String(format: "load+index %.3fs  aggregate %.3fs  points %d  (%.0f points/s)", loaded.timeIntervalSince(start),
                                 done.timeIntervalSince(loaded), tally.points, Double(tally.points) / done.timeIntervalSince(loaded)))
        }
    }
}
