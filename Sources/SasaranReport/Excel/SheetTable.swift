import Foundation

/// One sheet of a workbook: an optional title and lines of label and value above a table of
/// typed columns. Text stays text (codes keep their leading zeros), numbers are numbers with a
/// number format for their kind.
struct SheetTable {
    /// A column: its heading and what its cells hold.
    struct Column {
        enum Kind {
            /// Text, written as a string.
            case text
            /// Whole numbers (`#,##0`).
            case integer
            /// Figures with two decimals shown (`#,##0.00`); the full value is stored.
            case decimal
            /// Fractions shown as percentages (`0.00%`).
            case percent
            /// Numbers as Excel shows them by default.
            case general
        }

        var title: String
        var kind: Kind

        static func text(_ title: String) -> Column { Column(title: title, kind: .text) }
        static func integer(_ title: String) -> Column { Column(title: title, kind: .integer) }
        static func decimal(_ title: String) -> Column { Column(title: title, kind: .decimal) }
        static func percent(_ title: String) -> Column { Column(title: title, kind: .percent) }
        static func general(_ title: String) -> Column { Column(title: title, kind: .general) }
    }

    /// A cell's content.
    enum Cell: Equatable {
        case text(String)
        case number(Double)
        case empty

        /// A number, or an empty cell for none.
        static func number(_ value: Double?) -> Cell { value.map(Cell.number) ?? .empty }
        static func integer(_ value: Int) -> Cell { .number(Double(value)) }
    }

    /// A sheet's name as Excel allows it: at most 31 characters, none of `[]:*?/\`.
    let name: String
    /// A bold title in the first row, when there is one.
    var title: String?
    /// Lines of label and value under the title (the run's parameters).
    var headingLines: [(label: String, value: String)] = []
    var columns: [Column]
    var rows: [[Cell]]

    init(name: String, title: String? = nil, headingLines: [(label: String, value: String)] = [], columns: [Column], rows: [[Cell]]) {
        let allowed = name.unicodeScalars.filter { !"[]:*?/\\".unicodeScalars.contains($0) }
        self.name = String(String(String.UnicodeScalarView(allowed)).prefix(31))
        self.title = title
        self.headingLines = headingLines
        self.columns = columns
        self.rows = rows
    }

    /// The 1-based row of the first data row (the header is the row above it): after the title,
    /// the heading lines and a blank row.
    var firstDataRow: Int {
        let above = (title == nil ? 0 : 1) + headingLines.count
        return (above > 0 ? above + 1 : 0) + 2
    }

    /// The table without the columns whose every cell is empty (a population or a province
    /// name the run does not have).
    func withoutEmptyColumns() -> SheetTable {
        let kept = columns.indices.filter { c in rows.contains { c < $0.count && $0[c] != .empty } }
        guard kept.count < columns.count, !rows.isEmpty else { return self }
        return SheetTable(name: name, title: title, headingLines: headingLines, columns: kept.map { columns[$0] },
                          rows: rows.map { row in kept.map { $0 < row.count ? row[$0] : .empty } })
    }

    /// Column widths (in characters) that fit the header and the cells as shown, between 6 and 60.
    func columnWidths() -> [Double] {
        columns.indices.map { c in
            var widest = columns[c].title.count
            if c == 0 { widest = max(widest, headingLines.map(\.label.count).max() ?? 0) }
            for row in rows where c < row.count {
                switch row[c] {
                case let .text(text): widest = max(widest, text.count)
                case let .number(number): widest = max(widest, Self.shownWidth(number, columns[c].kind))
                case .empty: break
                }
            }
            return Double(min(max(widest + 2, 6), 60))
        }
    }

    /// About as many characters as Excel shows for `number` in a column of `kind`.
    private static func shownWidth(_ number: Double, _ kind: Column.Kind) -> Int {
        let magnitude = abs(number)
        let digits = magnitude >= 1 ? Int(log10(magnitude)) + 1 : 1
        let grouped = digits + (digits - 1) / 3 + (number < 0 ? 1 : 0)
        switch kind {
        case .integer: return grouped
        case .decimal: return grouped + 3
        case .percent: return Int(log10(max(magnitude * 100, 1))) + 5
        case .text, .general: return min(String(number).count, 12)
        }
    }
}
