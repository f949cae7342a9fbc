import Sasaran

/// The report's section on the index stage: the facts (``IndexFacts``), the class legend with
/// its breaks and sizes, and the selected regions with their component values, normalised
/// scores and index (``IndexFields``). Empty without an index stage.
enum IndexReportSection {
    static func html(_ model: ReportModel) -> String {
        let result = model.result
        guard let index = result.index else { return "" }
        let e = Markup.escape
        var out = "<section id=\"index\">\n<h2>Index</h2>\n<dl class=\"facts\">\n"
        out += IndexFacts.lines(result).map { "<dt>\(e($0.0))</dt><dd>\(e($0.1))</dd>\n" }.joined()
        out += "</dl>\n"
        if let classes = index.classes {
            let edges = [classes.minimum] + classes.breaks + [classes.maximum]
            let rows = (0..<classes.count).map { j in
                [String(j + 1), "\(j == 0 ? "[" : "(")\(ResearchText.fixed(edges[j])), \(ResearchText.fixed(edges[j + 1]))]", String(classes.sizes[j])]
            }
            out += ReportTables.table(id: "index-classes", sortable: false,
                                      columns: [.init(title: "Class", numeric: true), .init(title: "Index", numeric: false),
                                                .init(title: "Regions", numeric: true)], rows: rows)
        }
        let fields = IndexFields(result)
        let keys = fields.keys
        var columns: [ReportTables.Column] = [.init(title: "Rank", numeric: true), .init(title: "Code", numeric: false),
                                              .init(title: "Name", numeric: false)]
        columns += keys.map { .init(title: $0, numeric: $0 != "eligible") }
        let rows = result.selection.entries.map { entry -> [String] in
            [String(entry.rank), entry.code, entry.name] + fields.fields(entry.index).map { field in
                switch field.value {
                case .number(let x): return ResearchText.fixed(x)
                case .int(let n): return String(n)
                case .bool(let flag): return flag ? "yes" : "no"
                case .string(let text): return text
                case .null: return "–"
                case .digits(let text): return text
                }
            }
        }
        out += ReportTables.table(id: "index-table", sortable: true, columns: columns, rows: rows)
        return out + "</section>\n"
    }
}
