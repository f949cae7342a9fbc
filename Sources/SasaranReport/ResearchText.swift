import Sasaran
import Foundation

/// Cells and lines shared by the research emitters.
public enum ResearchText {
    /// The formats of a research table (budget, uncertainty, years, comparison, batch summary).
    public static let tableFormats: [OutputFormat] = [.table, .csv, .json]

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
