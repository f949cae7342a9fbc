import Foundation
import Sasaran

/// Formats of an adjacency graph.
/// Writes adjacency graphs.
public enum AdjacencyEmitter {
    /// The CSV header; the two codes come first.
    public static let csvHeader = "code_a,code_b,kind,distance_km,shared_km"

    /// The graph in `format`. `layerName` and `idField` fill the GAL/GWT header; ids with spaces
    /// cannot be written in those formats.
    public static func render(_ graph: AdjacencyGraph, format: OutputFormat, layerName: String, idField: String) throws -> String {
        switch format {
        case .csv:
            var lines = [csvHeader]
            lines.reserveCapacity(graph.links.count + 1)
            for link in graph.links {
                lines.append([CSVEmitter.text(graph.codes[link.a]), CSVEmitter.text(graph.codes[link.b]), link.kind.rawValue,
                              kilometres(link.distanceKm), kilometres(link.sharedKm)].joined(separator: ","))
            }
            return lines.joined(separator: "\n") + "\n"
        case .gal, .gwt:
            if let bad = graph.codes.first(where: { $0.isEmpty || $0.contains(where: \.isWhitespace) }) {
                throw AdjacencyEmitterError(message: "the code \"\(bad)\" is empty or holds a space, which \(format.rawValue.uppercased()) cannot hold; use --format csv")
            }
            let order = graph.codes.indices.sorted { (graph.codes[$0], $0) < (graph.codes[$1], $1) }
            var lines = ["0 \(graph.count) \(headerWord(layerName)) \(headerWord(idField))"]
            for region in order {
                let neighbours = graph.neighbours[region].sorted { (graph.codes[$0], $0) < (graph.codes[$1], $1) }.map { graph.codes[$0] }
                if format == .gal {
                    lines.append("\(graph.codes[region]) \(neighbours.count)")
                    lines.append(neighbours.joined(separator: " "))
                } else {
                    lines += neighbours.map { "\(graph.codes[region]) \($0) 1" }
                }
            }
            return lines.joined(separator: "\n") + "\n"
        default:
            throw OutputUsageError.unsupported(format, "an adjacency graph")
        }
    }

    /// The formats of an adjacency graph; the edge list first.
    public static let formats: [OutputFormat] = [.csv, .gal, .gwt]

    /// A one-paragraph summary for the terminal: regions, links by kind, islands, components.
    public static func summary(_ graph: AdjacencyGraph) -> String {
        let kinds = LinkKind.allCases.map { kind in "\(graph.links.filter { $0.kind == kind }.count) \(kind.rawValue)" }
        let components = graph.components()
        var text = "\(graph.count) regions, \(graph.links.count) links (\(kinds.joined(separator: ", "))); "
        text += "\(graph.islands.count) islands; \(components.count) components (largest \(components.first?.count ?? 0))"
        if !graph.islands.isEmpty {
            let shown = graph.islands.prefix(20).map { graph.codes[$0] }
            text += "\nislands: " + shown.joined(separator: " ") + (graph.islands.count > 20 ? " … (\(graph.islands.count - 20) more)" : "")
        }
        return text
    }

    private static func kilometres(_ x: Double) -> String {
        NumberText.exact((x * 1000).rounded() / 1000) ?? ""
    }

    private static func headerWord(_ text: String) -> String {
        let word = text.filter { !$0.isWhitespace }
        return word.isEmpty ? "unknown" : word
    }
}

/// A graph that a format cannot hold.
public struct AdjacencyEmitterError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
