/// A table of text cells laid out in columns, for the terminal (``plain()``), Markdown
/// (``markdown()``) or HTML (``html(id:sortable:rowClasses:)``): the one tabular model of the
/// human-facing emitters. Widths count Characters, so UTF-8 names line up.
struct TextTable {
    enum Alignment { case left, right }

    struct Column {
        var title: String
        var alignment: Alignment

        /// A column of text, aligned left.
        static func left(_ title: String) -> Column { Column(title: title, alignment: .left) }
        /// A column of numbers, aligned right.
        static func right(_ title: String) -> Column { Column(title: title, alignment: .right) }
    }

    var columns: [Column]
    /// Rows of cells, one per column.
    var rows: [[String]]

    private var widths: [Int] {
        columns.indices.map { c in rows.reduce(columns[c].title.count) { max($0, $1[c].count) } }
    }

    private func pad(_ cell: String, _ c: Int, _ widths: [Int]) -> String {
        let fill = String(repeating: " ", count: max(0, widths[c] - cell.count))
        return columns[c].alignment == .left ? cell + fill : fill + cell
    }

    /// Lines for the terminal: columns two spaces apart, a rule under the titles, no trailing
    /// spaces.
    func plain() -> [String] {
        let widths = widths
        func line(_ cells: [String]) -> String {
            var text = cells.indices.map { pad(cells[$0], $0, widths) }.joined(separator: "  ")
            while text.hasSuffix(" ") { text.removeLast() }
            return text
        }
        return [line(columns.map(\.title)), line(widths.map { String(repeating: "-", count: $0) })] + rows.map(line)
    }

    /// Lines of a Markdown (GFM) table; cells must be escaped by the caller.
    func markdown() -> [String] {
        let widths = widths.map { max($0, 3) }
        func line(_ cells: [String]) -> String { "| " + cells.indices.map { pad(cells[$0], $0, widths) }.joined(separator: " | ") + " |" }
        let rule = "|" + columns.indices.map { c in
            columns[c].alignment == .left ? " " + String(repeating: "-", count: widths[c]) + " "
                : " " + String(repeating: "-", count: widths[c] - 1) + ": "
        }.joined(separator: "|") + "|"
        return [line(columns.map(\.title)), rule] + rows.map(line)
    }

    /// An HTML table with a heading row; cells are escaped here, and right-aligned (number)
    /// columns get class `n`. A sortable table sorts by clicking a heading (the report's script).
    func html(id: String, sortable: Bool = false, rowClasses: [String?] = []) -> String {
        let e = Markup.escape
        func cellClass(_ c: Int) -> String { columns[c].alignment == .right ? " class=\"n\"" : "" }
        var out = "<table id=\"\(id)\"\(sortable ? " class=\"sortable\"" : "")>\n<thead><tr>"
        out += columns.indices.map { "<th\(cellClass($0))>\(e(columns[$0].title))</th>" }.joined()
        out += "</tr></thead>\n<tbody>\n"
        for (index, row) in rows.enumerated() {
            let rowClass = index < rowClasses.count ? rowClasses[index] : nil
            out += rowClass.map { "<tr class=\"\($0)\">" } ?? "<tr>"
            out += row.indices.map { "<td\(cellClass($0))>\(e(row[$0]))</td>" }.joined()
            out += "</tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }
}
