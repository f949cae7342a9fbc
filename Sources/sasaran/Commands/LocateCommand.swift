import ArgumentParser
import Foundation
import Sasaran
import SasaranReport
import SasaranIO

/// `sasaran locate`: which region each point lies in.
struct LocateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "locate",
        abstract: "Assign points (CSV id,lon,lat) to the regions that contain them.",
        discussion: """
        Writes a CSV with the header id,code: the code of the region containing each point, empty outside \
        every region, and the codes joined by ';' (ascending) where regions overlap. The file streams in \
        blocks on all cores, so any number of points fits in memory.

        A point exactly on a border between two regions is counted in exactly one of them. Where one \
        region must be chosen among overlapping ones (aggregation), the smallest region wins, ties by code.

        Example:
          sasaran locate --boundaries districts.shp --code-field KODE_KMD \\
            --points households.csv --output located.csv
        """)

    @Option(help: "Boundary file (.shp or .geojson).")
    var boundaries: String

    @Option(help: "Points CSV with a header holding id, lon and lat columns (x/y and longitude/latitude also accepted).")
    var points: String

    @OptionGroup var layerOptions: LayerOptionGroup

    @Option(help: "Output CSV (default: standard output); a run manifest is written beside it.")
    var output: String?

    @Flag(help: "Replace an output that exists and is read-only.")
    var force = false

    @Flag(help: "Print the seconds spent loading, locating and writing to standard error.")
    var timings = false

    func run() throws {
        let start = Date()
        let layer = try RegionLayer.load(boundaries, options: layerOptions.options)
        _ = try layer.locator()
        let loaded = Date()
        for warning in layer.source.warnings { Terminal.warn(warning) }
        let stream = try PointCSVStream(path: points)
        let emitter = LocatedPointsEmitter(layer: layer)
        let manifest = try RunManifest.of(command: "locate", inputs: [("boundaries", boundaries), ("points", points)], layer: layer)
        var assigned = 0
        var total = 0
        try OutputWriter.stream(to: output, manifest: manifest, inputs: OutputTransaction.Input.boundary(boundaries) + manifest.guardedInputs,
                                force: force, standardOutput: { FileHandle.standardOutput.write(Data($0)) }) { append in
            try append(LocatedPointsEmitter.header)
            var buffer: [UInt8] = []
            total = try layer.locate(stream: stream, progress: { done in
                Terminal.progress("located \(NumberText.grouped(Double(done))) points")
            }) { located in
                assigned += emitter.append(located, to: &buffer)
                try append(buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        Terminal.endProgress()
        let done = Date()
        if let output {
            Terminal.note("\(NumberText.grouped(Double(total))) points, \(NumberText.grouped(Double(assigned))) inside a region; written to \(output)")
        }
        if timings {
            Terminal.note(String(format: "load+index %.3fs  locate+write %.3fs  points %d  assigned %d",
                                 loaded.timeIntervalSince(start), done.timeIntervalSince(loaded), total, assigned))
        }
    }
}
