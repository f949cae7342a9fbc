import Foundation
import Sasaran

/// Writes a point tally as an indicator table the ranking reads directly
/// (`--code-column code --value count`, or `--value weight`): `code,count[,weight]`, one row per
/// code of the layer, ascending, zeros included; regions sharing a code are added together.
public enum TallyEmitter {
    public static func render(_ tally: PointTally, layer: RegionLayer) -> String {
        let weighted = !tally.weights.isEmpty
        var counts: [String: Int] = [:]
        var weights: [String: Double] = [:]
        for region in layer.regions {
            counts[region.code, default: 0] += tally.counts[region.index]
            if weighted { weights[region.code, default: 0] += tally.weights[region.index] }
        }
        var lines = [weighted ? "code,count,weight" : "code,count"]
        for code in counts.keys.sorted() {
            var line = CSVEmitter.text(code) + "," + String(counts[code]!)
            if weighted { line += "," + (NumberText.exact(weights[code]!) ?? "") }
            lines.append(line)
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
