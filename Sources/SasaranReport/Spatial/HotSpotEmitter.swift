import Foundation
import Sasaran

/// Formats of a hot-spot list.
/// Writes local Gi* results, one row per region with a value, in layer order for CSV/JSON and
/// hot spots first (by z) in the table.
public enum HotSpotEmitter {
    public static let csvHeader = "code,name,parent,value,neighbours,gi_star_z,p_sim,q_bh,class,selected"

    public static func render(_ spots: [HotSpot], result: RunResult, options: HotSpotOptions, format: OutputFormat) throws -> String {
        let selected = Set(result.selection.codes)
        let regions = result.layer.regions
        switch format {
        case .csv:
            var lines = [csvHeader]
            for spot in spots {
                let region = regions[spot.region]
                lines.append([CSVEmitter.text(spot.code), CSVEmitter.text(region.name), CSVEmitter.text(region.parent),
                              number(spot.value), String(spot.neighbours), number(spot.z), number(spot.p), number(spot.q),
                              spot.classification.rawValue, selected.contains(spot.code) ? "1" : "0"].joined(separator: ","))
            }
            return lines.joined(separator: "\n") + "\n"
        case .json:
            var out = JSONWriter()
            out.raw("{\"permutations\":\(options.permutations),\"seed\":")
            out.string(String(options.seed))
            out.raw(",\"alpha\":")
            out.scalar(.number(options.alpha))
            out.raw(",\"regions\":[\n")
            for (index, spot) in spots.enumerated() {
                if index > 0 { out.raw(",\n") }
                let region = regions[spot.region]
                out.object([("code", .string(spot.code)), ("name", .string(region.name)), ("parent", .string(region.parent)),
                            ("value", .number(spot.value)), ("neighbours", .int(spot.neighbours)), ("gi_star_z", .number(spot.z)),
                            ("p_sim", .number(spot.p)), ("q_bh", .number(spot.q)), ("class", .string(spot.classification.rawValue)),
                            ("selected", .bool(selected.contains(spot.code)))])
            }
            out.raw("\n]}\n")
            return out.text
        case .table:
            let shown = spots.filter { $0.classification != .notSignificant }
                .sorted { ($0.classification == .hot ? 0 : 1, -abs($0.z), $0.code) < ($1.classification == .hot ? 0 : 1, -abs($1.z), $1.code) }
            let rows = shown.map { spot -> [String] in
                let region = regions[spot.region]
                return [spot.classification.rawValue, spot.code, region.name, region.parent, NumberText.display(spot.value),
                        String(spot.neighbours), NumberText.display(spot.z), String(format: "%.4f", spot.p), String(format: "%.4f", spot.q),
                        selected.contains(spot.code) ? "yes" : "no"]
            }
            let table = TextTable(columns: [.left("class"), .left("code"), .left("name"), .left("parent"), .right("value"),
                                            .right("nbrs"), .right("Gi* z"), .right("p"), .right("q (BH)"), .left("selected")], rows: rows)
            let hot = spots.filter { $0.classification == .hot }
            let cold = spots.filter { $0.classification == .cold }
            let selectedHot = hot.filter { selected.contains($0.code) }.count
            var lines = ["Local Getis-Ord Gi* of \(result.scenario.name): \(spots.count) regions, \(options.permutations) permutations, seed \(options.seed), FDR \(NumberText.display(options.alpha)) (Benjamini–Hochberg)",
                         "\(hot.count) hot spots (\(selectedHot) of them selected), \(cold.count) cold spots; \(selected.count) regions selected in all",
                         ""]
            lines += table.plain()
            return lines.joined(separator: "\n") + "\n"
        default:
            throw OutputUsageError.unsupported(format, "a hot-spot analysis")
        }
    }

    /// The formats of a hot-spot analysis; the table first.
    public static let formats: [OutputFormat] = [.table, .csv, .json]

    private static func number(_ x: Double) -> String { NumberText.exact(x) ?? "" }
}
