import Foundation
import Sasaran
import SasaranReport

extension RankCommand {
    /// Before anything is written: outputs that draw or write geometry (GeoJSON, SVG, the HTML
    /// report) stop with an error naming --crs when the layer's CRS is unknown, so that no file
    /// of the run is written half the way.
    func requireLonLatForOutputs(_ result: RunResult) throws {
        let named = output.map { path in
            PriorityListFormat.allCases.first { $0.fileExtension == URL(fileURLWithPath: path).pathExtension.lowercased() } ?? format ?? .table
        }
        let formats = named + (output.isEmpty || format != nil ? [format ?? .table] : [])
        if let needing = formats.first(where: \.needsLonLat) {
            try result.layer.requireLonLat(for: "writing \(needing.rawValue)")
        }
        if report != nil { try result.layer.requireLonLat(for: "the --report map") }
    }
}
