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
          sasaran locate --boundaries districts.shp --code-field KODE_KMD --points households.csv --output located.csv
        """)

    @Option(help: "Boundary file (.shp or .geojson).")
    var boundaries: String

    @Option(help: "Points CSV with a header holding id, lon and lat columns (x/y and longitude/latitude also accepted).")
    var points: String

    @OptionGroup var layerOptions: LayerOptionGroup

    @Option(help: "Output CSV (default: standard output).")
    var output: String?

    @Flag(help: "Print the seconds spent loading, locating and writing to standard error.")
    var timings = false

    func run() throws {
        let start = Date()
        let layer = try RegionLayer.load(boundaries, options: layerOptions.options)
        _ = try layer.locator()
        let loaded = Date()
        for warning in layer.source.warnings { Terminal.warn(warning) }
        let stream = try PointCSVStream(path: points)
        let writer: AtomicFileWriter? = try output.map { try AtomicFileWriter(path: $0) }
        let codes = layer.regions.map { Array($0.code.utf8) }
        var assigned = 0
        var buffer: [UInt8] = Array("id,code\n".utf8)
        let total = try layer.locate(stream: stream, progress: { done in
            Terminal.progress("located \(NumberText.grouped(Double(done))) points")
        }) { located in
            let bytes = located.block.bytes
            let first = located.regions.first
            buffer.reserveCapacity(buffer.count + first.count * 16)
            for point in 0..<first.count {
                buffer += bytes[located.points.ids[point]]
                buffer.append(44)
                if let several = located.regions.multiple[point] {
                    buffer += several.map { layer.regions[$0].code }.sorted().joined(separator: ";").utf8
                } else if first[point] >= 0 {
                    buffer += codes[Int(first[point])]
                }
                if first[point] >= 0 { assigned += 1 }
                buffer.append(10)
            }
            if let writer {
                try writer.write(buffer)
            } else {
                FileHandle.standardOutput.write(Data(buffer))
            }
            buffer.removeAll(keepingCapacity: true)
        }
        try writer?.commit()
        Terminal.endProgress()
        let done = Date()
        if output != nil {
            Terminal.note("\(NumberText.grouped(Double(total))) points, \(NumberText.grouped(Double(assigned))) inside a region; written to \(output!)")
        }
        if timings {
            Terminal.note(String(format: "load+index %.3fs  locate+write %.3fs  points %d  assigned %d",
                                 loaded.timeIntervalSince(start), done.timeIntervalSince(loaded), total, assigned))
        }
    }
}
