import Foundation

/// The formats of the research outputs (batch summaries, comparisons, curves, uncertainty,
/// years, budgets). Not every output has every format; ``ResearchFormatError`` says which.
public enum ResearchFormat: String, CaseIterable, Sendable {
    /// Aligned text for the terminal.
    case table
    /// RFC 4180 CSV, guarded against spreadsheet formulas, exact numbers.
    case csv
    /// Pretty, key-sorted JSON.
    case json
    /// A self-contained SVG chart (coverage curves only).
    case svg

    /// The usual file extension, without the dot.
    public var fileExtension: String { self == .table ? "txt" : rawValue }
}

/// A format an output does not come in.
public struct ResearchFormatError: Error, CustomStringConvertible {
    public var format: ResearchFormat
    public var output: String
    public var description: String { "\(output) is not available as \(format.rawValue)" }
}

/// Cells and lines shared by the research emitters.
enum ResearchText {
    /// A CSV line of cells already made (``cell(_:)``, ``CSVEmitter/text(_:)``).
    static func csvLine(_ cells: [String]) -> String { cells.joined(separator: ",") }

    /// An exact number for CSV, or an empty cell.
    static func cell(_ x: Double?) -> String { x.flatMap(NumberText.exact) ?? "" }

    /// A percentage for a table, or "–".
    static func percent(_ x: Double?) -> String { x.map(NumberText.percent) ?? "–" }

    /// `x` with a fixed number of decimals (an index or a correlation: "0.8125"), whatever the locale.
    static func fixed(_ x: Double, decimals: Int = 4) -> String {
        x.isFinite ? String(format: "%.\(decimals)f", locale: Locale(identifier: "en_US_POSIX"), x) : "–"
    }

    /// Lines joined with a final newline.
    static func document(_ lines: [String]) -> String { lines.joined(separator: "\n") + "\n" }

    /// "label  value" lines with the labels padded to one width.
    static func facts(_ facts: [(String, String)]) -> [String] {
        let width = facts.reduce(0) { max($0, $1.0.count) }
        return facts.map { $0.0 + String(repeating: " ", count: width - $0.0.count) + "  " + $0.1 }
    }
}
