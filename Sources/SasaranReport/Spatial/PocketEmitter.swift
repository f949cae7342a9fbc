import Foundation
import Sasaran

/// Formats of a pocket list.
/// Writes poverty pockets: a table for people, JSON, or GeoJSON with one dissolved feature per pocket.
public enum PocketEmitter {
    public static func render(_ pockets: [Pocket], result: RunResult, graph: AdjacencyGraph, format: OutputFormat) throws -> String {
        switch format {
        case .table: return table(pockets, result: result, graph: graph)
        case .json:
            var out = JSONWriter()
            out.raw("{")
            summaryFields(pockets, result: result, graph: graph, into: &out)
            out.raw(",\"pockets\":[\n")
            for (index, pocket) in pockets.enumerated() {
                if index > 0 { out.raw(",\n") }
                pocketObject(pocket, into: &out)
            }
            out.raw("\n]}\n")
            return out.text
        case .geojson:
            var out = JSONWriter()
            out.raw("{\"type\":\"FeatureCollection\",")
            summaryFields(pockets, result: result, graph: graph, into: &out)
            out.raw(",\"features\":[\n")
            for (index, pocket) in pockets.enumerated() {
                if index > 0 { out.raw(",\n") }
                out.raw("{\"type\":\"Feature\",\"id\":\(pocket.rank),\"properties\":")
                pocketObject(pocket, into: &out)
                out.raw(",\"geometry\":")
                try out.geometry(pocket.dissolved(in: result.layer))
                out.raw("}")
            }
            out.raw("\n]}\n")
            return out.text
        default:
            throw OutputUsageError.unsupported(format, "a list of pockets")
        }
    }

    /// The formats of a list of pockets; the table first.
    public static let formats: [OutputFormat] = [.table, .json, .geojson]

    private static func summaryFields(_ pockets: [Pocket], result: RunResult, graph: AdjacencyGraph, into out: inout JSONWriter) {
        let options = graph.options
        let fields: [(key: String, value: JSONScalar)] = [
            ("scenario", .string(result.scenario.name)), ("regions_selected", .int(result.selection.entries.count)),
            ("value_covered", .number(result.selection.valueCovered)), ("national_total", .number(result.selection.total)),
            ("coverage", .number(result.selection.coverage)), ("pockets_count", .int(pockets.count)),
            ("contiguity", .string(options.contiguity.rawValue)), ("tolerance_km", .number(options.toleranceKm)),
            ("sea_bridge_km", .nullable(options.seaBridgeKm)),
        ]
        for (index, field) in fields.enumerated() {
            if index > 0 { out.raw(",") }
            out.string(field.key)
            out.raw(":")
            out.scalar(field.value)
        }
    }

    private static func pocketObject(_ pocket: Pocket, into out: inout JSONWriter) {
        out.raw("{\"rank\":\(pocket.rank),\"regions\":\(pocket.codes.count),\"value\":")
        out.scalar(.number(pocket.value))
        out.raw(",\"share\":")
        out.scalar(.number(pocket.share))
        for (key, list) in [("parents", pocket.parents), ("codes", pocket.codes), ("names", pocket.names)] {
            out.raw(",\"\(key)\":[")
            for (index, item) in list.enumerated() {
                if index > 0 { out.raw(",") }
                out.string(item)
            }
            out.raw("]")
        }
        out.raw("}")
    }

    private static func table(_ pockets: [Pocket], result: RunResult, graph: AdjacencyGraph) -> String {
        let values = NumberText.display(column: pockets.map(\.value))
        let rows = pockets.enumerated().map { index, pocket -> [String] in
            let shown = pocket.names.prefix(4).joined(separator: ", ") + (pocket.names.count > 4 ? ", … (\(pocket.names.count - 4) more)" : "")
            return [String(pocket.rank), String(pocket.codes.count), values[index], NumberText.percent(pocket.share),
                    pocket.parents.joined(separator: " "), shown]
        }
        let table = TextTable(columns: [.right("pocket"), .right("regions"), .right("value"), .right("share %"),
                                        .left("parents"), .left("regions (list order)")], rows: rows)
        let selection = result.selection
        let singles = pockets.filter { $0.codes.count == 1 }.count
        let options = graph.options
        var lines = ["Pockets of \(result.scenario.name): \(selection.entries.count) selected regions, coverage \(NumberText.percent(selection.coverage))%",
                     "\(pockets.count) pockets (\(singles) of one region); \(options.contiguity.rawValue) contiguity, tolerance \(NumberText.display(options.toleranceKm)) km"
                        + (options.seaBridgeKm.map { ", sea bridges \(NumberText.display($0)) km" } ?? ""),
                     ""]
        lines += table.plain()
        lines.append("")
        lines.append("Total \(NumberText.display(pockets.reduce(0) { $0 + $1.value })) = value covered by the selection \(NumberText.display(selection.valueCovered)).")
        return lines.joined(separator: "\n") + "\n"
    }
}
